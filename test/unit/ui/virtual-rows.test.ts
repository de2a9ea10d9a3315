import { describe, expect, it } from 'vitest';
import { rowLayout, rowOffset, rowTop } from '../../../src/ui/virtual-rows';

const ROW = 28;
const VIEW = 360;
const CAP = 33_000_000;

describe('virtual rows past the browser height cap', () => {
  it('is the natural height, unscaled, while the rows fit', () => {
    expect(rowLayout(1000, ROW, VIEW, CAP)).toEqual({ height: 28_000, scale: 1 });
    expect(rowTop(10, ROW, 500, rowLayout(1000, ROW, VIEW, CAP))).toBe(280);
  });

  it('caps the height and still reaches the first and the last row (2 M and 50 M rows)', () => {
    for (const rows of [2_000_000, 50_000_000]) {
      const layout = rowLayout(rows, ROW, VIEW, CAP);
      expect(layout.height).toBe(CAP);
      // At the top, row 0 is drawn at 0.
      expect(rowTop(0, ROW, 0, layout)).toBe(0);
      // At the bottom of the scroll range, the last row ends exactly at the viewport's bottom.
      const maxScroll = layout.height - VIEW;
      const lastBottom = rowTop(rows - 1, ROW, maxScroll, layout) + ROW;
      expect(lastBottom).toBeCloseTo(maxScroll + VIEW, 3);
      // Every row is reachable: the rows in view at the end include the last one.
      expect(Math.floor((rowOffset(maxScroll, layout) + VIEW - 1) / ROW)).toBe(rows - 1);
    }
  });

  it('draws neighbouring rows one row height apart whatever the scale', () => {
    const layout = rowLayout(3_000_000, ROW, VIEW, CAP);
    const scroll = 12_345_678;
    expect(rowTop(1_000_001, ROW, scroll, layout) - rowTop(1_000_000, ROW, scroll, layout)).toBeCloseTo(
      ROW,
      6,
    );
  });
});
