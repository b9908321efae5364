import type { TestProject } from 'vitest/node';
import { serveDist } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site in dist/, served as a static host would. */
    origin: string;
  }
}

/** One server of the built site for every browser test file of the run (a project's globalSetup). */
export default async function setup(project: TestProject) {
  const site = await serveDist();
  project.provide('origin', site.origin);
  return () => site.close();
}
