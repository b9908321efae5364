import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { aliasBomb } from '../support/content';
import { projectCopy } from '../support/project-copy';

/**
 * The real build stops on bad content, naming the file, the line and the problem (each kind of
 * problem is tested on its own, faster, in tests/unit/content-checks.test.ts).
 */
describe('a build of content with an error', () => {
  const removals: (() => void)[] = [];
  afterAll(() => removals.forEach((remove) => remove()));
  const copy = () => {
    const c = projectCopy();
    removals.push(c.remove);
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

  it('fails on the files themselves, before reading or copying any, naming each', async () => {
    const project = copy();
    const outside = realpathSync(mkdtempSync(join(tmpdir(), 'jiangmen-outside-')));
    removals.push(() => rmSync(outside, { recursive: true }));
    writeFileSync(join(outside, 'secret.txt'), 'not for the site');
    symlinkSync(join(outside, 'secret.txt'), join(project.dir, 'public/secret.txt'));
    symlinkSync('nothing-here', join(project.dir, 'content/source/gone.txt'));
    mkdirSync(join(project.dir, 'content/reports/2017.md'));
    project.write('content/reports/2018.MD', project.read('content/reports/2015.md'));
    project.write('content/reports/2015 copy.md', project.read('content/reports/2015.md'));
    rmSync(join(project.dir, 'content/glossary.yaml'));
    const { failed, output } = await project.build();
    expect(failed).toBe(true);
    expect(output).toContain(`public/secret.txt: a symbolic link to ${outside}/secret.txt, outside the project`);
    expect(output).toContain('content/source/gone.txt: a symbolic link that leads nowhere');
    expect(output).toContain('content/reports/2017.md: a folder, where content/reports/ holds files');
    expect(output).toContain('content/reports/2018.MD: a file of content/reports/ is named <year>.md');
    expect(output).toContain('content/reports/2015 copy.md: a file of content/reports/ is named <year>.md');
    expect(output).toContain('content/glossary.yaml: the file is missing');
    expect(existsSync(join(project.dir, 'dist/secret.txt'))).toBe(false);
  });

  it("fails on an alias bomb in a report's frontmatter before Astro parses it, and names a wrong year alone", async () => {
    const project = copy();
    let line = 0;
    project.edit('content/reports/2012.md', (md) => {
      line = md.split('\n').indexOf('sourcePosition: 2') + 2;
      return md.replace('sourcePosition: 2\n', `sourcePosition: 2\n${aliasBomb}\n`);
    });
    project.edit('content/reports/2016.md', (md) => md.replace('year: 2016\n', 'year: 2017\n'));
    const { failed, output } = await project.build();
    expect(failed).toBe(true);
    expect(output).toContain(`content/reports/2012.md:${line}: YAML: an anchor (&a); content files use no anchors or aliases`);
    expect(output).toContain(
      'content/reports/2016.md:3: year 2017 disagrees with the file name 2016.md and the date 2016-01-20 (delivered)',
    );
    // Nothing that follows from the wrong year: the build stops at it.
    expect(output).not.toMatch(/no indicator file|no report for this indicator file|cites a 2016 report/);
  });
});
