import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distFile } from '../../src/lib/offline/precache';
import { versionOf } from '../../src/lib/offline/version';
import { strings } from '../../src/lib/strings';
import { builtHtmlFiles, builtPage, builtReportYears, distDir } from '../support/built';

const worker = readFileSync(new URL('sw.js', distDir), 'utf8');
const [, version, code] = /^const VERSION = "(\w+)";\n([^]*)$/.exec(worker) ?? [];
/** The precache list written into the worker's code (src/integrations/service-worker.ts), both editions. */
const list = /\{shared:(\[[^\]]*\]),pages:\{hans:(\[[^\]]*\]),hant:(\[[^\]]*\])\}\}/.exec(code ?? '');
const addresses = (list?.slice(1) ?? []).flatMap((array) => JSON.parse(array) as string[]);

describe('the service worker, /sw.js', () => {
  it('names its version first, then its code', () => {
    expect(version).toMatch(/^[0-9a-f]{12}$/);
    expect(code).toContain('caches');
  });

  it('precaches files that exist: all of /_astro/, and the reading pages of both editions', () => {
    for (const address of addresses) expect(existsSync(new URL(distFile(address), distDir)), address).toBe(true);
    const assets = readdirSync(new URL('_astro/', distDir)).map((f) => `/_astro/${f}`);
    expect(assets.length).toBeGreaterThan(10);
    const pages = [...builtReportYears().map((y) => `/reports/${y}/`), '/glossary/', '/indicators/', '/about/', '/', '/search/'];
    expect([...addresses].sort()).toEqual(
      [...assets, '/favicon.svg', '/manifest.webmanifest', ...pages, ...pages.map((p) => `/zh-hant${p}`)].sort(),
    );
  });

  it('has the version of its code and of the bytes it precaches', () => {
    expect(version).toBe(versionOf([code!, ...addresses.flatMap((a) => [a, readFileSync(new URL(distFile(a), distDir))])]));
  });
});

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(file: Buffer): { width: number; height: number } {
  expect(file.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(file.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: file.readUInt32BE(16), height: file.readUInt32BE(20) };
}

describe('the web app manifest', () => {
  const manifest = JSON.parse(readFileSync(new URL('manifest.webmanifest', distDir), 'utf8')) as {
    name: string;
    short_name: string;
    start_url: string;
    display: string;
    theme_color: string;
    background_color: string;
    icons: { src: string; sizes: string; type: string; purpose: string }[];
  };

  it('has the fields a browser needs to install the site', () => {
    expect(manifest).toMatchObject({ name: strings.siteName, short_name: strings.siteShortName, start_url: '/', display: 'standalone' });
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('names icons that exist, as PNGs of the sizes it claims: 192, 512 and a maskable one', () => {
    for (const icon of manifest.icons) {
      const [width, height] = icon.sizes.split('x').map(Number);
      expect(icon.type).toBe('image/png');
      expect(pngSize(readFileSync(new URL(icon.src.slice(1), distDir))), icon.src).toEqual({ width, height });
    }
    expect(manifest.icons.filter((i) => i.purpose === 'any').map((i) => i.sizes)).toEqual(['192x192', '512x512']);
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
  });

  it('is linked from every page, with the colour of each scheme', () => {
    for (const file of builtHtmlFiles()) {
      const page = builtPage(file);
      expect(page.querySelector('link[rel=manifest]')?.getAttribute('href'), file).toBe('/manifest.webmanifest');
      const colours = page.querySelectorAll('meta[name=theme-color]').map((m) => m.getAttribute('media'));
      expect(colours, file).toEqual(['(prefers-color-scheme: light)', '(prefers-color-scheme: dark)']);
    }
  });
});
