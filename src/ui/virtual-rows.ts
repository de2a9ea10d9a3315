/**
 * Row geometry of a virtual grid taller than the browser lets an element be. Chromium caps an
 * element's height near 33.5 M px (1.2 M rows of 28 px), so past `maxHeight` the scroll range is
 * scaled: the scroll bar spans `maxHeight`, a pixel of scrolling moves `scale` pixels of rows, and
 * rows are drawn relative to the scroll position, so the first and the last row are both reachable.
 */
export interface RowLayout {
  /** Height of the scrolled content, in px (at most `maxHeight`). */
  height: number;
  /** Row pixels per scroll pixel: 1 when the rows fit, more when they are scaled. */
  scale: number;
}

/** The layout for `rowCount` rows of `rowHeight` px in a viewport `viewHeight` px tall. */
export function rowLayout(
  rowCount: number,
  rowHeight: number,
  viewHeight: number,
  maxHeight: number,
): RowLayout {
  const natural = rowCount * rowHeight;
  if (natural <= maxHeight) return { height: natural, scale: 1 };
  // Both ends meet: scrolling to the end of maxHeight shows the end of the natural height.
  const scale = Math.max(1, (natural - viewHeight) / Math.max(1, maxHeight - viewHeight));
  return { height: maxHeight, scale };
}

/** The pixel offset into the rows (unscaled) at a scroll position. */
export function rowOffset(scrollTop: number, layout: RowLayout): number {
  return scrollTop * layout.scale;
}

/** Where a row's top is drawn, in the content's (scaled) coordinates. */
export function rowTop(row: number, rowHeight: number, scrollTop: number, layout: RowLayout): number {
  return scrollTop + row * rowHeight - rowOffset(scrollTop, layout);
}
