import { fileURLToPath } from 'node:url';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtHtmlFiles } from '../support/built';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const pages = builtHtmlFiles();
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('every built page is valid HTML (html-validate, .htmlvalidate.json)', () => {
  it('finds the pages', () => expect(pages.length).toBeGreaterThanOrEqual(9));

  it.each(pages)('%s', async (page) => {
    const report = await validator.validateFile(dist + page);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`));
    expect(messages).toEqual([]);
  });
});
