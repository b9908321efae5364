import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderReportFile } from '../../src/lib/content/load';

export { loadContent as siteContent, renderReportFile } from '../../src/lib/content/load';

/** Frontmatter for a report written in a test. */
export const testFrontmatter = `---
title: 2099年测试报告
year: 2099
yearStatus: inferred
yearEvidence: 测试用的报告,年份为虚构。
session: 测试会议
reviews: 2098年
plans: 2099年工作安排
sourcePosition: 9
---
`;

/**
 * YAML lines whose aliases expand to 9⁹ strings ("billion laughs"): a parser that expands them
 * runs out of memory, so the content checks must refuse them unread.
 */
export const aliasBomb = [...'abcdefghi']
  .map(
    (name, i, names) =>
      `${name}: &${name} [${Array(9)
        .fill(i ? `*${names[i - 1]}` : '"lol"')
        .join(', ')}]`,
  )
  .join('\n');

/** Renders a report body written in a test (under the test frontmatter), from a file of its own. */
export async function renderMarkdown(body: string, name = 'test.md') {
  const dir = mkdtempSync(join(tmpdir(), 'jiangmen-md-'));
  writeFileSync(join(dir, name), `${testFrontmatter}\n${body}`);
  return renderReportFile(join(dir, name), dir);
}
