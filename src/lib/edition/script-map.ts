/**
 * Reading text across the two scripts with the corpus's character map (lib/edition/convert.ts
 * scriptMap, served as /script-map.json): character for character, so positions stay the same
 * and a match found in one script is at the same place in the other. Plain code for the browser.
 */
export interface ScriptMaps {
  /** Traditional → simplified, for every traditional form in the corpus. */
  toSimplified: Map<string, string>;
  /** Simplified → its most frequent form in the traditional text (which may be itself). */
  toTraditional: Map<string, string>;
}

export function scriptMaps(map: Record<string, string>): ScriptMaps {
  const toSimplified = new Map<string, string>();
  const toTraditional = new Map<string, string>();
  for (const [s, forms] of Object.entries(map)) {
    toTraditional.set(s, forms[0]!);
    for (const t of forms) toSimplified.set(t, s);
  }
  return { toSimplified, toTraditional };
}

const convert = (text: string, map: Map<string, string>) => [...text].map((c) => map.get(c) ?? c).join('');

/** A query or a page's text read in simplified characters, the script the index is built in. */
export const simplified = (text: string, maps: ScriptMaps) => convert(text, maps.toSimplified);

/** Simplified text shown in the traditional edition. */
export const traditional = (text: string, maps: ScriptMaps) => convert(text, maps.toTraditional);
