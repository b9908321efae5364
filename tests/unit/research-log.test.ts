import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGlossary } from '../../src/lib/content/glossary';

/**
 * Every glossary term has its research on file (content/research/): the queries sent, what was
 * found, the verdict, and a second reader's check of the entry against its sources, with a date.
 * A section is a heading `### <id> <term>` followed by lines `- 检索词：`, `- 找到：`, `- 判定：`
 * and `- 二读（YYYY-MM-DD）：`.
 */
const researchDir = 'content/research';
const sections = new Map<string, { file: string; heading: string; body: string }>();
for (const name of readdirSync(researchDir).filter((n) => n.endsWith('.md'))) {
  const file = join(researchDir, name);
  for (const part of readFileSync(file, 'utf8')
    .split(/^(?=### )/m)
    .slice(1)) {
    const [heading = '', ...rest] = part.split('\n');
    const id = heading.slice(4).split(' ')[0]!;
    if (!sections.has(id)) sections.set(id, { file, heading: heading.slice(4), body: rest.join('\n') });
  }
}
const glossary = parseGlossary(readFileSync('content/glossary.yaml', 'utf8'), 'content/glossary.yaml');

describe('the research log', () => {
  it.each(glossary.entries.map((e) => [e.id, e] as const))('has %s: its queries, findings, verdict and second reading', (id, entry) => {
    const section = sections.get(id);
    expect(section, `no "### ${id} ${entry.term}" section in ${researchDir}/`).toBeDefined();
    expect(section!.heading).toBe(`${id} ${entry.term}`);
    for (const line of ['- 检索词：', '- 找到：', '- 判定：'])
      expect(section!.body, `${section!.file}: ${id} lacks ${line}`).toContain(line);
    expect(section!.body, `${section!.file}: ${id} lacks a dated second reading`).toMatch(/^- 二读（\d{4}-\d{2}-\d{2}）：/m);
  });
});
