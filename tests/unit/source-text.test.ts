import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/content-error';
import { contentPaths } from '../../src/lib/content/files';
import { markdownSourceText, reportSourceText, seedSections } from '../../src/lib/content/source-text';

/** A seed laid out as the 2017 one: a header, the pieces under their title lines, the re-posting site's links. */
const seed = [
  '江门市政府工作报告',
  '',
  '2017-05-12',
  '',
  '江门市政府工作报告篇1',
  '',
  '  第一篇,第一段[1]。 ',
  '',
  '',
  '第一篇第二段。',
  '',
  '江门市政府工作报告篇2',
  '第二篇只有一段。',
  '',
  '更多相关阅读',
  '',
  '江门市政府工作报告（另一篇文章的链接）',
  '',
].join('\n');

describe("a report's text as its source has it (src/lib/content/source-text.ts)", () => {
  it("is a seed report's lines between its title line and the next title or 更多相关阅读, untouched, blank lines at the ends left out", () => {
    const sections = seedSections(seed);
    expect(sections.get(1)).toBe('  第一篇,第一段[1]。 \n\n\n第一篇第二段。\n');
    expect(sections.get(2)).toBe('第二篇只有一段。\n');
    expect([...sections.keys()]).toEqual([1, 2]);
  });

  it("is, for a report from another source, its Markdown without the editor's marks", () => {
    const file = [
      '---',
      'title: 2099年测试报告',
      'year: 2099',
      '---',
      '',
      '## 一、总体',
      '',
      '正文第一段[^1],有#号和*号。',
      '',
      '### (一)分项',
      '',
      '正文第二段[^12]。',
      '',
      '[^1]: 术语甲',
      '[^12]: 术语乙',
      '',
    ].join('\n');
    expect(markdownSourceText(file)).toBe('一、总体\n\n正文第一段[1],有#号和*号。\n\n(一)分项\n\n正文第二段[12]。\n');
  });

  it('reads the seed for a report that names its place there, its own file for one that does not', () => {
    const files: Record<string, string> = {
      [contentPaths.seedFile]: seed,
      'content/reports/2099.md': '---\ntitle: x\n---\n\n## 标题\n\n段落[^1]。\n\n[^1]: 术语\n',
    };
    const read = (file: string) => ({ file, text: files[file]! });
    expect(reportSourceText({ file: 'content/reports/2099.md', sourcePosition: 2 }, read)).toBe('第二篇只有一段。\n');
    expect(reportSourceText({ file: 'content/reports/2099.md' }, read)).toBe('标题\n\n段落[1]。\n');
  });

  it('fails the build, naming the file and the line, when the seed has no such place', () => {
    const files: Record<string, string> = {
      [contentPaths.seedFile]: seed,
      'content/reports/2099.md': '---\ntitle: x\nyear: 2099\nsourcePosition: 7\n---\n\n段落。\n',
    };
    const read = (file: string) => ({ file, text: files[file]! });
    const run = () => reportSourceText({ file: 'content/reports/2099.md', sourcePosition: 7 }, read);
    expect(run).toThrow(ContentError);
    expect(run).toThrow(
      `content/reports/2099.md:4: sourcePosition 7: ${contentPaths.seedFile} has no 江门市政府工作报告篇7; leave sourcePosition out for a report from another source`,
    );
  });
});
