/**
 * Saving exports from the browser: text files through a Blob link, and DOM nodes as PNG through
 * html-to-image (fonts skipped so nothing is fetched; the app uses system fonts anyway).
 */
import { toCanvas } from 'html-to-image';

/** Offers `text` as a file download. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  save(fileName, url);
  URL.revokeObjectURL(url);
}

/** Cards are drawn at twice their CSS size, sharp on high-density screens and in print. */
const PIXEL_RATIO = 2;

/**
 * Renders `node` (cards, a whole set) to a PNG at twice the screen resolution and downloads it.
 * html-to-image draws the node into an SVG, loads it as a data: image (the cards' avatars are data:
 * images too, so the CSP allows `img-src data:`) and paints it on a canvas; the PNG leaves as a
 * blob: link rather than a data: URL several megabytes long. Failures throw an Error that says what
 * went wrong: html-to-image rejects with the image's bare error Event, which reads "[object Event]".
 */
export async function downloadPng(fileName: string, node: HTMLElement): Promise<void> {
  const background = getComputedStyle(document.documentElement).getPropertyValue('--bg').trim() || '#ffffff';
  const canvas = await toCanvas(node, {
    pixelRatio: PIXEL_RATIO,
    skipFonts: true,
    backgroundColor: background,
    filter: keepInExport,
  }).catch((error: unknown) => {
    if (error instanceof Error) throw error;
    throw new Error(
      'the browser refused to load the drawn cards as an image (a Content-Security-Policy must allow img-src data:)',
    );
  });
  const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!png)
    throw new Error(
      `the image (${canvas.width} × ${canvas.height} px) is larger than this browser can draw; export fewer cards`,
    );
  const url = URL.createObjectURL(png);
  save(fileName, url);
  URL.revokeObjectURL(url);
}

/** Controls marked `data-export="skip"` (buttons, toggles) stay out of the image. */
function keepInExport(node: HTMLElement): boolean {
  return !(node instanceof HTMLElement && node.dataset.export === 'skip');
}

function save(fileName: string, href: string): void {
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.click();
}

/** A file-name-safe version of a goal or label ("Gen Z Moms" → "gen-z-moms"). */
export function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'personas'
  );
}
