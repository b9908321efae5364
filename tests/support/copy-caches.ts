import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder where the copies of the project keep their caches (tests/support/project-copy.ts). */
    copyCaches: string;
  }
}

/**
 * One folder for the caches of every copy of the run (the copies project's globalSetup), removed
 * when the run ends, not with each copy: a build that fails in the content sync leaves Astro's
 * store a save to make 500 ms later (SAVE_DEBOUNCE_MS in astro/dist/content/mutable-data-store.js),
 * or much later on a busy machine, and that save must find its folder after the copy is gone.
 */
export default function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'jiangmen-copy-caches-'));
  project.provide('copyCaches', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
