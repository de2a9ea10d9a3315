/**
 * Saving exports from the browser: text files through a Blob link, and DOM nodes as PNG through
 * html-to-image (fonts skipped so nothing is fetched; the app uses system fonts anyway).
 */
import { toPng } from 'html-to-image';

/** Offers `text` as a file download. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  save(fileName, url);
  URL.revokeObjectURL(url);
}

/** Renders `node` (cards, a whole set) to a PNG at twice the screen resolution and downloads it. */
export async function downloadPng(fileName: string, node: HTMLElement): Promise<void> {
  const background = getComputedStyle(document.documentElement).getPropertyValue('--bg').trim() || '#ffffff';
  const url = await toPng(node, {
    pixelRatio: 2,
    skipFonts: true,
    backgroundColor: background,
    filter: keepInExport,
  });
  save(fileName, url);
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
