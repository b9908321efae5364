import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import { hansLang, hantLang, hantPrefix, isPageLink } from '../lib/edition/paths';
import { scriptJson } from '../lib/cite/metadata';
import { strings } from '../lib/strings';
import { toTraditional, toTraditionalCharacters } from '../lib/edition/convert';

const han = /[\u3400-\u9fff]/;
/** Attributes that hold a link: page links get the edition's prefix. */
const linkAttributes = ['href', 'action', 'dataNoteTemplate'];
/**
 * Attributes that name a place or lead to one: their characters are converted, their quotation
 * marks kept, so that a link and the id it names stay the same string.
 */
const placeAttributes = [...linkAttributes, 'id'];
/** Elements whose text is code: characters converted, quotation marks kept. */
const codeElements = ['code', 'kbd', 'samp', 'pre'];

/**
 * The 繁體 edition: after the build, every page is written again under /zh-hant/, its text and
 * Chinese attributes converted (src/lib/edition/convert.ts; quotation marks as Hong Kong sets
 * them, except in code, ids and links), its links to pages kept in the edition,
 * its language zh-Hant-HK, and a notice that it is a machine conversion with a link to the
 * source page. Scripts, styles, the search index and the downloads are shared.
 */
export function traditionalEdition(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'jiangmen-traditional-edition',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const dist = fileURLToPath(dir);
        const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter(
          (f) => f.endsWith('.html') && !f.startsWith(`${hantPrefix.slice(1)}/`),
        );
        for (const page of pages) {
          const path = `/${page.replace(/(^|\/)index\.html$/, '$1')}`;
          const out = join(dist, hantPrefix.slice(1), page);
          mkdirSync(dirname(out), { recursive: true });
          writeFileSync(out, traditionalPage(readFileSync(join(dist, page), 'utf8'), path, site));
        }
        addToSitemap(dist);
        logger.info(
          `${pages.length} pages written in traditional characters under ${hantPrefix}/ in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}

/** One page of the simplified edition (at `path`) as its traditional twin; `site` is where the site lives, if the build knows. */
export function traditionalPage(html: string, path: string, site: URL | undefined): string {
  // A page's address in full, as its twin's; any other text as it is.
  const twinAddress = (text: string) => {
    const url = site && URL.canParse(text) ? new URL(text) : undefined;
    return url?.origin === site?.origin && url && isPageLink(url.pathname)
      ? new URL(`${hantPrefix}${url.pathname}${url.hash}`, url).href
      : text;
  };
  // JSON-LD: its text converted, its language and the addresses of pages the twin's.
  const traditionalData = (value: unknown): unknown => {
    if (typeof value === 'string') return value === hansLang ? hantLang : toTraditional(twinAddress(value));
    if (Array.isArray(value)) return value.map(traditionalData);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, traditionalData(v)]));
    return value;
  };
  const tree: Root = fromHtml(html);
  const switches: Element[] = [];
  let reportHeader: Element | undefined;
  visit(tree, (node, _index, parent) => {
    if (node.type === 'text' && parent?.type === 'element' && !['script', 'style'].includes(parent.tagName)) {
      node.value = codeElements.includes(parent.tagName) ? toTraditionalCharacters(node.value) : toTraditional(node.value);
    }
    if (node.type !== 'element') return;
    for (const [name, value] of Object.entries(node.properties)) {
      if (typeof value !== 'string' || !han.test(value)) continue;
      node.properties[name] = placeAttributes.includes(name) ? toTraditionalCharacters(value) : toTraditional(value);
    }
    for (const name of linkAttributes) {
      const link = node.properties[name];
      // A fragment in Chinese (/about/#编者注) names an id that is converted with its page.
      if (typeof link === 'string' && isPageLink(link)) node.properties[name] = `${hantPrefix}${link}`;
    }
    if (node.tagName === 'html') node.properties.lang = hantLang;
    if (node.tagName === 'link' && String(node.properties.rel) === 'canonical')
      node.properties.href = twinAddress(String(node.properties.href));
    // A report's metadata (src/components/ReportMetadata.astro): the page's own address names the twin.
    if (node.tagName === 'meta' && typeof node.properties.content === 'string')
      node.properties.content = twinAddress(node.properties.content);
    if (node.tagName === 'script' && node.properties.type === 'application/ld+json') {
      const [data] = node.children;
      if (data?.type === 'text') data.value = scriptJson(traditionalData(JSON.parse(data.value)));
    }
    // A link whose text is its own address (src/components/ReportCitation.astro) names its twin's.
    if ('dataAddress' in node.properties) {
      const [text] = node.children;
      if (text?.type === 'text') text.value = site ? twinAddress(text.value) : String(node.properties.href);
    }
    // A link whose text is its own address (src/components/SiteFooter.astro) names its twin's.
    if ('dataAddress' in node.properties) {
      const [text] = node.children;
      const href = String(node.properties.href);
      if (text?.type === 'text') text.value = URL.canParse(text.value) ? new URL(href, text.value).href : href;
    }
    if ('dataEditionSwitch' in node.properties) switches.push(node);
    const classes = node.properties.className;
    if (Array.isArray(classes) && classes.includes('report-header')) reportHeader = node;
  });
  // After the conversion, so that the link back is labelled in the script it leads to.
  for (const link of switches) switchToSource(link, path);
  reportHeader?.children.splice(1, 0, notice(path));
  return '<!DOCTYPE html>' + toHtml(tree, { allowDangerousCharacters: true }).replace(/^<!doctype html>/i, '');
}

/** The switch on a traditional page leads back to the source page. */
function switchToSource(link: Element, path: string) {
  link.properties.href = path;
  link.properties.hrefLang = hansLang;
  link.properties.lang = hansLang;
  link.children = [{ type: 'text', value: strings.edition.toHans }];
}

/** Wholly in the edition's script: its link says where it leads (hreflang), in the words around it. */
function notice(path: string): Element {
  const t = strings.edition;
  return h('p', { class: 'editorial-legend edition-note', dataEditorial: true }, [
    toTraditional(t.hantNotice),
    h('a', { href: path, hrefLang: hansLang }, toTraditional(t.hantNoticeLink)),
    toTraditional(t.hantNoticeEnd),
  ]);
}

/** The traditional pages beside their twins in the sitemap that @astrojs/sitemap wrote. */
function addToSitemap(dist: string) {
  for (const file of readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f))) {
    const xml = readFileSync(join(dist, file), 'utf8');
    const twins = [...xml.matchAll(/<url><loc>([^<]+)<\/loc><\/url>/g)].map(([, loc]) => {
      const url = new URL(loc!);
      return `<url><loc>${new URL(`${hantPrefix}${url.pathname}`, url).href}</loc></url>`;
    });
    writeFileSync(join(dist, file), xml.replace('</urlset>', `${twins.join('')}</urlset>`));
  }
}
