// Citation.js ships no types: what the tests use of it, to read the site's citation files back.
declare module '@citation-js/core' {
  /** CSL-JSON items, as Citation.js parses any format it has a plugin for. */
  export class Cite {
    constructor(data: string);
    data: Record<string, unknown>[];
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
