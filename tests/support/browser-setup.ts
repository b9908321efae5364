import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumLaunchOptions } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the test files connect to the one Chromium of the run. */
    browserEndpoint: string;
  }
}

/** One Chromium for every browser test file of the run (a project's globalSetup). */
export default async function setup(project: TestProject) {
  const browser = await chromium.launchServer(chromiumLaunchOptions());
  project.provide('browserEndpoint', browser.wsEndpoint());
  return () => browser.close();
}
