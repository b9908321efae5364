import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addressesFor, cacheName, distFile, editionOf, editionsRead, precacheList, staleCaches } from '../../src/lib/offline/precache';
import { versionOf } from '../../src/lib/offline/version';
import { appIconSvg, themeColours, webManifest } from '../../src/lib/offline/web-manifest';
import { strings } from '../../src/lib/strings';

const root = new URL('../../', import.meta.url);

describe('the precache list', () => {
  // A built site's files, as the build lists them (dist/-relative), in no particular order.
  const files = [
    'zh-hant/reports/2016/index.html',
    '_headers',
    'sw.js',
    'index.html',
    '404.html',
    'zh-hant/404.html',
    '_astro/site.Ab12.js',
    '_astro/site.Cd34.css',
    '_astro/chart-worker-Ef56.js',
    'about/index.html',
    'favicon.svg',
    'manifest.webmanifest',
    'icons/192.png',
    'glossary/index.html',
    'indicators/index.html',
    'indicators/gdp.csv',
    'indicators/indicators.json',
    'reports/2016/index.html',
    'reports/2012/index.html',
    'reports/2016.txt',
    'reports/share/2016.png',
    'reports/cite/jiangmen-2016.bib',
    'search/index.html',
    'search-index/1534uq9/manifest.json',
    'script-map.json',
    'robots.txt',
    'zh-hant/index.html',
    'zh-hant/glossary/index.html',
  ];

  it('holds every /_astro/ file, the icon and the manifest, and each edition’s reading pages, nothing else', () => {
    expect(precacheList(files)).toEqual({
      shared: ['/_astro/chart-worker-Ef56.js', '/_astro/site.Ab12.js', '/_astro/site.Cd34.css', '/favicon.svg', '/manifest.webmanifest'],
      pages: {
        hans: ['/about/', '/glossary/', '/', '/indicators/', '/reports/2012/', '/reports/2016/', '/search/'],
        hant: ['/zh-hant/glossary/', '/zh-hant/', '/zh-hant/reports/2016/'],
      },
    });
  });

  it('names the built file of each address', () => {
    expect(distFile('/')).toBe('index.html');
    expect(distFile('/zh-hant/reports/2016/')).toBe('zh-hant/reports/2016/index.html');
    expect(distFile('/_astro/site.Ab12.js')).toBe('_astro/site.Ab12.js');
  });

  it('keeps the edition(s) of the open windows, or both when none is open', () => {
    expect(editionOf('/zh-hant/')).toBe('hant');
    expect(editionOf('/zh-hant/glossary/')).toBe('hant');
    expect(editionOf('/zh-hantx/')).toBe('hans');
    expect(editionOf('/reports/2016/')).toBe('hans');
    expect(editionsRead(['/reports/2016/', '/glossary/'])).toEqual(['hans']);
    expect(editionsRead(['/zh-hant/about/'])).toEqual(['hant']);
    expect(editionsRead(['/zh-hant/about/', '/'])).toEqual(['hans', 'hant']);
    expect(editionsRead([])).toEqual(['hans', 'hant']);
    const list = precacheList(files);
    expect(addressesFor(list, ['hant'])).toEqual([...list.shared, '/zh-hant/glossary/', '/zh-hant/', '/zh-hant/reports/2016/']);
  });
});

describe('versions', () => {
  it('an activated version deletes every other version’s cache and no other app’s', () => {
    const current = cacheName('b2');
    expect(current).toBe('jiangmen-b2');
    expect(staleCaches(['jiangmen-a1', current, 'other-app', 'jiangmen-c3', 'my-jiangmen-a1'], current)).toEqual([
      'jiangmen-a1',
      'jiangmen-c3',
    ]);
    expect(staleCaches([current], current)).toEqual([]);
  });

  it('a version changes with any byte of what it is made of, and only then', () => {
    const parts = ['code', Buffer.from('<h1>关于本站</h1>')];
    expect(versionOf(parts)).toMatch(/^[0-9a-f]{12}$/);
    expect(versionOf(parts)).toBe(versionOf(['code', Buffer.from('<h1>关于本站</h1>')]));
    expect(versionOf(['code', Buffer.from('<h1>关于本站 </h1>')])).not.toBe(versionOf(parts));
    expect(versionOf(['cod', 'e<h1>关于本站</h1>'])).not.toBe(versionOf(['code', '<h1>关于本站</h1>']));
  });
});

describe('the web app manifest', () => {
  it('names the site from strings.ts, starts at the home page and offers icons of 192 and 512 px and a maskable one', () => {
    const manifest = webManifest();
    expect(manifest).toMatchObject({ name: strings.siteName, short_name: strings.siteShortName, start_url: '/', display: 'standalone' });
    expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  });

  it('colours the browser’s bar with the paper of each scheme in the site stylesheet', () => {
    const css = readFileSync(new URL('src/styles/global.css', root), 'utf8');
    const [light, dark] = css.split('@media (prefers-color-scheme: dark)');
    expect(/--paper: (#\w+);/.exec(light!)?.[1]).toBe(themeColours.light);
    expect(/--paper: (#\w+);/.exec(dark!)?.[1]).toBe(themeColours.dark);
  });

  it('draws the app icon as the favicon is drawn', () => {
    const favicon = readFileSync(new URL('public/favicon.svg', root), 'utf8').trim();
    expect(appIconSvg({ size: 32, maskable: false }, 'sans-serif').replace(' width="32" height="32"', '')).toBe(favicon);
  });
});
