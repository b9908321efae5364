import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumLaunchOptions } from '../support/chromium';
import { serveDist } from '../support/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the test files connect to the one Chromium of the run. */
    browserEndpoint: string;
    /** The built site, served as a static host would. */
    origin: string;
  }
}

/** One Chromium and one server for every browser test file of the run. */
export default async function setup(project: TestProject) {
  const [browser, site] = await Promise.all([chromium.launchServer(chromiumLaunchOptions()), serveDist()]);
  project.provide('browserEndpoint', browser.wsEndpoint());
  project.provide('origin', site.origin);
  return async () => {
    await browser.close();
    await site.close();
  };
}
