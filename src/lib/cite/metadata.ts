import { isoDay } from './day';
import type { Reference } from './reference';
import { strings } from '../strings';

/** A <meta> element: Highwire and Twitter tags are named (name=), Open Graph ones are properties. */
export type MetaTag = { name: string; content: string } | { property: string; content: string };

export interface PageFacts {
  description: string;
  /** The page's language, as its <html lang> says it. */
  lang: string;
  /** The share image, in full; only where the build knows the site (Open Graph needs it absolute). */
  image?: { url: string; width: number; height: number; alt: string };
  /** The site's home, in full, where the build knows it. */
  home?: string;
}

/**
 * The tags that reference managers and link previews read on a report page.
 * - Highwire (citation_*), which Zotero's Embedded Metadata translator and Google Scholar read
 *   first: title, the author (one institution), the date as YYYY/MM/DD where known, the
 *   language, and the page's address where the build knows it (else Zotero takes the address
 *   the page was opened at).
 * - Open Graph: og:type is "website", because Zotero reads og:type too and would otherwise guess
 *   a journal article from citation_title; a web page is what the citations call the report
 *   ([EB/OL]). og:url and og:image must be absolute, so they are left out without a site.
 * - Twitter reads og:title, og:description and og:image; it needs only its card type.
 */
export function metaTags(ref: Reference, page: PageFacts): MetaTag[] {
  const { issued, url } = ref;
  const { image } = page;
  return [
    { name: 'citation_title', content: ref.title },
    { name: 'citation_author', content: ref.author },
    ...(issued ? [{ name: 'citation_publication_date', content: isoDay(issued).replace(/-/g, '/') }] : []),
    { name: 'citation_language', content: 'zh' },
    ...(url ? [{ name: 'citation_public_url', content: url }] : []),
    { property: 'og:type', content: 'website' },
    { property: 'og:site_name', content: strings.siteName },
    { property: 'og:title', content: ref.title },
    { property: 'og:description', content: page.description },
    ...(url ? [{ property: 'og:url', content: url }] : []),
    ...(image
      ? [
          { property: 'og:image', content: image.url },
          { property: 'og:image:width', content: String(image.width) },
          { property: 'og:image:height', content: String(image.height) },
          { property: 'og:image:alt', content: image.alt },
          { name: 'twitter:card', content: 'summary_large_image' },
        ]
      : []),
  ];
}

/**
 * schema.org JSON-LD: the report (a Report) by the city government (a GovernmentOrganization),
 * on this website. The traditional edition's twin converts its text and names its own language
 * and address (src/integrations/traditional-edition.ts).
 */
export function jsonLd(ref: Reference, page: PageFacts) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Report',
    name: ref.title,
    description: page.description,
    author: { '@type': 'GovernmentOrganization', name: ref.author },
    ...(ref.issued && { datePublished: isoDay(ref.issued) }),
    inLanguage: page.lang,
    ...(ref.url && { url: ref.url }),
    ...(page.image && { image: page.image.url }),
    isPartOf: { '@type': 'WebSite', name: strings.siteName, ...(page.home && { url: page.home }) },
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped, so no text in it can close the element. */
export const scriptJson = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c');
