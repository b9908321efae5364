import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'jiangmen-broken-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the project whose 2012 report has one content error, built by the real Astro. */
function buildWith(edit: (markdown: string) => string): { status: number | null; output: string } {
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, entry), join(work, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'));
  const report = join(work, 'content/reports/2012.md');
  writeFileSync(report, edit(readFileSync(report, 'utf8')));
  const run = spawnSync(process.execPath, [join(root, 'node_modules/astro/astro.js'), 'build', '--force'], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { status: run.status, output: run.stdout + run.stderr };
}

describe('a build with a broken footnote', () => {
  it('fails, naming the file, the line and the label', () => {
    let line = 0;
    const { status, output } = buildWith((md) => {
      line = md.split('\n').indexOf('各位代表:') + 1;
      return md.replace('各位代表:', '各位代表[^99]:');
    });
    expect(line).toBeGreaterThan(1);
    expect(status).not.toBe(0);
    expect(output).toContain(`content/reports/2012.md:${line}: footnote marker [^99] has no definition`);
  });
});
