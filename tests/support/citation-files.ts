import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';

/**
 * A BibTeX or RIS file read back by Citation.js (an independent parser, the one many reference
 * tools use) into CSL-JSON: one item, its bookkeeping left out.
 */
export function parseCitationFile(text: string): Record<string, unknown> {
  const { data } = new Cite(text);
  if (data.length !== 1) throw new Error(`expected one entry, read ${data.length}`);
  const { _graph, ...item } = data[0]!;
  return item;
}
