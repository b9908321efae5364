import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bytes after gzip -9: deterministic, and what a host's compression would send at best. */
export const gzipBytes = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;
export const gzipSize = (distDir: string, path: string) => gzipBytes(readFileSync(join(distDir, path)));

/**
 * The JavaScript a built page loads before any interaction: its module scripts and, recursively,
 * their static imports. Dynamic imports (charts, search, highlighting) are on demand and excluded.
 */
export function initialScripts(distDir: string, html: string): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const code = readFileSync(join(distDir, path), 'utf8');
    const dir = path.slice(0, path.lastIndexOf('/') + 1);
    for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[^"'()]*?from\s*)?["']\.\/([^"']+)["']/g)) visit(dir + m[1]);
  };
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*src="\/([^"]+)"/g)) visit(m[1]!);
  return [...seen];
}

/** The stylesheets a built page links, and for what media ('' for all). */
const linkedStylesheets = (html: string) =>
  [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*>/g)].map(([link]) => ({
    href: /href="\/([^"]+)"/.exec(link)![1]!,
    media: /media="([^"]*)"/.exec(link)?.[1] ?? '',
  }));

/**
 * The stylesheets a page renders with, which the browser loads before it shows the page. A
 * stylesheet for print only blocks nothing: the browser fetches it at the lowest priority.
 */
export const stylesheets = (html: string) =>
  linkedStylesheets(html)
    .filter((s) => s.media !== 'print')
    .map((s) => s.href);

/** The stylesheets for print only. */
export const printStylesheets = (html: string) =>
  linkedStylesheets(html)
    .filter((s) => s.media === 'print')
    .map((s) => s.href);

export interface FirstLoad {
  html: number;
  css: number;
  js: number;
  total: number;
}

/** A built page's gzipped bytes on first load: its HTML, its stylesheets and its initial scripts. */
export function firstLoad(distDir: string, page: string): FirstLoad {
  const source = readFileSync(join(distDir, page), 'utf8');
  const sum = (files: string[]) => files.reduce((n, f) => n + gzipSize(distDir, f), 0);
  const html = gzipBytes(source);
  const css = sum(stylesheets(source));
  const js = sum(initialScripts(distDir, source));
  return { html, css, js, total: html + css + js };
}
