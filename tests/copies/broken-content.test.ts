import { afterAll, describe, expect, it } from 'vitest';
import { projectCopy } from '../support/project-copy';

/**
 * The real build stops on bad content, naming the file, the line and the problem (each kind of
 * problem is tested on its own, faster, in tests/unit/content-checks.test.ts).
 */
describe('a build of content with an error', () => {
  const copies: ReturnType<typeof projectCopy>[] = [];
  afterAll(() => copies.forEach((c) => c.remove()));
  const copy = () => {
    const c = projectCopy();
    copies.push(c);
    return c;
  };

  it('fails on a footnote marker without a definition, a link and a character reference, each at its line', async () => {
    const project = copy();
    const lines = project.read('content/reports/2012.md').split('\n');
    const marker = lines.indexOf('各位代表:') + 1;
    // The next two paragraphs.
    const link = lines.findIndex((l, i) => i > marker && /^[^#\s]/.test(l)) + 1;
    const reference = lines.findIndex((l, i) => i >= link && /^[^#\s]/.test(l)) + 1;
    expect(marker).toBeGreaterThan(1);
    expect(link).toBeGreaterThan(marker);
    expect(reference).toBeGreaterThan(link);
    lines[marker - 1] = '各位代表[^99]:';
    lines[link - 1] += '[官网](http://evil.example/)';
    lines[reference - 1] += 'R&amp;D';
    project.write('content/reports/2012.md', lines.join('\n'));
    const { failed, output } = await project.build();
    expect(failed).toBe(true);
    expect(output).toContain(`content/reports/2012.md:${marker}: footnote marker [^99] has no definition`);
    expect(output).toContain(`content/reports/2012.md:${link}: a link to "http://evil.example/" is not allowed in a report`);
    // Astro's own GFM would have read "&amp;" as "&" and said nothing: the report parser is in use.
    expect(output).toContain(`content/reports/2012.md:${reference}: "&amp;" is an HTML character reference`);
  });

  it('fails on a misspelt frontmatter key, before Astro drops it', async () => {
    const project = copy();
    project.edit('content/reports/2015.md', (md) => md.replace('officialCopy:', 'officalCopy:'));
    const line =
      project
        .read('content/reports/2015.md')
        .split('\n')
        .findIndex((l) => l.startsWith('officalCopy:')) + 1;
    const { failed, output } = await project.build();
    expect(failed).toBe(true);
    expect(output).toContain(`content/reports/2015.md:${line}: frontmatter: unknown key "officalCopy"`);
  });

  it('fails on a glossary cite that is not in its report', async () => {
    const project = copy();
    project.edit('content/glossary.yaml', (yaml) => yaml.replace(/quote: (\S+)/, 'quote: 报告里没有这句话'));
    const { failed, output } = await project.build();
    expect(failed).toBe(true);
    expect(output).toMatch(/content\/glossary\.yaml:\d+: "[^"]+": cite "报告里没有这句话" is not in the \d+ report's text/);
  });

  it('fails on a source without its publisher, or a basis it does not know, naming each line', async () => {
    const project = copy();
    let publisherLine = 0;
    let basisLine = 0;
    project.edit('content/glossary.yaml', (yaml) => {
      const lines = yaml.split('\n');
      publisherLine = lines.findIndex((l) => l.startsWith('  - publisher: ')) + 1;
      basisLine = lines.findIndex((l) => l === '  basis: national') + 1;
      lines[publisherLine - 1] = lines[publisherLine - 1]!.replace('- publisher: ', '- author: ');
      lines[basisLine - 1] = '  basis: hearsay';
      return lines.join('\n');
    });
    const { failed, output } = await project.build();
    expect(failed).toBe(true);
    expect(output).toContain(`content/glossary.yaml:${publisherLine}: `);
    expect(output).toMatch(/a source needs its original publisher/);
    expect(output).toContain(`content/glossary.yaml:${basisLine}: `);
  });
});
