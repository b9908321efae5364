import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The rules a colour scheme can change: checking a page again in dark mode needs only these. */
export const colourRules = ['color-contrast', 'link-in-text-block'];

/**
 * The rules a page's text and language can change, for a 繁體 twin: it has its source page's
 * elements and attributes exactly (tests/built/traditional-edition.test.ts), so the structural
 * rules give the same answer on both; and its colours and font sizes are its twin's, so the
 * contrast rules do too. Only these can differ.
 */
export const textRules = [
  'html-has-lang',
  'html-lang-valid',
  'html-xml-lang-mismatch',
  'valid-lang',
  'document-title',
  'link-name',
  'button-name',
  'label',
  'target-size',
];

/**
 * axe-core's WCAG 2.1 A/AA violations on the page as it is now, as "rule: target" strings; all
 * the A/AA rules, or only the given ones; in the whole page, or only within the given selector.
 */
export async function axeViolations(page: Page, rules?: string[], within?: string): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's CSP forbids inline scripts, rightly.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] };
  return page.evaluate(
    async ({ runOnly, within }) => {
      const axe = (
        window as unknown as {
          axe: { run: (context: object, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
        }
      ).axe;
      const { violations } = await axe.run(within ? { include: [within] } : document, { runOnly });
      return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
    },
    { runOnly, within },
  );
}
