/**
 * axe-core in the built app: WCAG 2.0/2.1 A and AA violations, as "rule: target" lines. axe is
 * evaluated through the DevTools protocol because the app's CSP (script-src 'self') rightly
 * refuses an injected <script>.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The violations inside the elements `selector` matches (the whole document when omitted). */
export async function axeViolations(page: Page, selector?: string): Promise<string[]> {
  await page.evaluate(readFileSync(AXE, 'utf8'));
  return page.evaluate(async (include) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const context = include ? { include: Array.from(document.querySelectorAll(include)) } : document;
    const result = await axe.run(context, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`));
  }, selector ?? null);
}
