import { isoDay } from './day';
import type { Reference } from './reference';

/*
 * A report's citation files, for reference managers (Zotero, EndNote, NoteExpress, JabRef,
 * BibLaTeX). Each types the report as what the site's GB/T 7714 citation calls it, an online
 * document ([EB/OL]): BibLaTeX @online, RIS ELEC and CSL "webpage", which the GB/T 7714 styles
 * of those tools write as [EB/OL]. Why these are written here and not with Citation.js:
 * docs/decisions/citation-formats.md.
 */

/** CSL-JSON (the format of citeproc and of Zotero's and Pandoc's CSL): one item. */
export function cslItem(ref: Reference) {
  return {
    id: ref.id,
    type: 'webpage',
    title: ref.title,
    // An institution: a literal name, never parsed into family and given names.
    author: [{ literal: ref.author }],
    ...(ref.issued && { issued: { 'date-parts': [[ref.issued.year, ref.issued.month, ref.issued.day]] } }),
    'container-title': ref.container,
    ...(ref.url && { URL: ref.url }),
    language: ref.language,
  };
}

export const cslJson = (ref: Reference) => `${JSON.stringify([cslItem(ref)], null, 2)}\n`;

/** TeX's special characters in a BibTeX value, written as TeX writes them as text. */
const texSpecials: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};
const texText = (value: string) => value.replace(/[\\{}%&$#_^~]/g, (c) => texSpecials[c]!);

/**
 * BibLaTeX (BibTeX syntax, UTF-8): @online, with the author in double braces so that it stays one
 * institutional name. A URL is verbatim in BibLaTeX; only braces, which would end the field, are
 * percent-encoded (a URL's own way to write them).
 */
export function bibtex(ref: Reference): string {
  const fields: [string, string][] = [
    ['author', `{${texText(ref.author)}}`],
    ['title', texText(ref.title)],
    ...(ref.issued ? ([['date', isoDay(ref.issued)]] as [string, string][]) : []),
    ['organization', texText(ref.container)],
    ...(ref.url ? ([['url', ref.url.replace(/\{/g, '%7B').replace(/\}/g, '%7D')]] as [string, string][]) : []),
  ];
  return `@online{${ref.id},\n${fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n')}\n}\n`;
}

/**
 * RIS (the Research Information Systems tagged format): ELEC, the date as YYYY/MM/DD/, the author written without a comma,
 * which Zotero and EndNote read as one name. Lines end CR LF, as the format's specification has
 * them; a line break within a value would end the field, so it becomes a space.
 */
export function ris(ref: Reference): string {
  const line = (tag: string, value: string) => `${tag}  - ${value.replace(/\s*[\r\n]+\s*/g, ' ')}`;
  const { issued } = ref;
  return [
    line('TY', 'ELEC'),
    line('AU', ref.author),
    line('TI', ref.title),
    line('T2', ref.container),
    ...(issued ? [line('DA', `${isoDay(issued).replace(/-/g, '/')}/`), line('PY', String(issued.year))] : []),
    ...(ref.url ? [line('UR', ref.url)] : []),
    line('LA', ref.language),
    line('ID', ref.id),
    'ER  - ',
    '',
  ].join('\r\n');
}
