import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, dev, type AstroInlineConfig } from 'astro';
import { inject } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Makes this process look like `astro` run in the copy, until the returned function undoes it.
 * The site reads its content from the working directory (src/lib/content/files.ts), and Astro
 * reads the test runner's variables: VITEST turns off the dev server's page handling and
 * NODE_ENV=test its live reload. So the copies project runs each file in a process of its own
 * (vitest.config.ts), where this changes nothing else.
 */
function actAsAstroIn(dir: string): () => void {
  const cwd = process.cwd();
  const env = { ...process.env };
  // SITE_URL too: a copy is built as the project is by default, unless a test sets it.
  for (const key of Object.keys(process.env)) if (/^(VITEST|TEST$|NODE_ENV$|SITE_URL$)/.test(key)) delete process.env[key];
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  process.chdir(dir);
  return () => {
    process.chdir(cwd);
    process.env = env;
  };
}

/** A copy of the project in a temporary folder, to edit and then build or serve with Astro's API. */
export function projectCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'jiangmen-copy-'));
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  // Astro's content store and Vite's dependencies are cached in node_modules by default, which
  // here is the project's own: the copy keeps its caches to itself, in a folder that outlives it
  // until the run ends (tests/support/copy-caches.ts).
  const cache = mkdtempSync(join(inject('copyCaches'), 'copy-'));
  const config: AstroInlineConfig = {
    root: dir,
    cacheDir: join(cache, 'astro'),
    vite: { cacheDir: join(cache, 'vite') },
    logLevel: 'error',
  };
  return {
    dir,
    read: (file: string) => readFileSync(join(dir, file), 'utf8'),
    write: (file: string, text: string) => writeFileSync(join(dir, file), text),
    edit(file: string, change: (text: string) => string) {
      this.write(file, change(this.read(file)));
    },
    /**
     * Builds the copy into its dist/, as `astro build` would (with `env` set, as in
     * `SITE_URL=… astro build`): whether it failed, and what it printed (the errors Astro logs,
     * then the one it stopped on).
     */
    async build(env: Record<string, string> = {}): Promise<{ failed: boolean; output: string }> {
      const undo = actAsAstroIn(dir);
      Object.assign(process.env, env);
      // Astro's logger writes errors to stderr (astro/dist/core/logger/impls/node.js).
      const printed: string[] = [];
      const write = process.stderr.write;
      process.stderr.write = (chunk: string | Uint8Array) => printed.push(String(chunk)) > 0;
      try {
        await build(config);
        return { failed: false, output: printed.join('') };
      } catch (error) {
        return { failed: true, output: printed.join('') + String(error) };
      } finally {
        process.stderr.write = write;
        undo();
      }
    },
    /** Serves the copy with `astro dev` on a free port of loopback, until stop. */
    async dev(): Promise<{ origin: string; stop: () => Promise<void> }> {
      const undo = actAsAstroIn(dir);
      try {
        // What the server fails on while a test loads a page shows in the test's output.
        const server = await dev({ ...config, server: { host: '127.0.0.1', port: 0 } });
        return {
          origin: `http://127.0.0.1:${server.address.port}`,
          stop: () => server.stop().finally(undo),
        };
      } catch (error) {
        undo();
        throw error;
      }
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
