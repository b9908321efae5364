/**
 * Reading text across the two scripts with the corpus's character map (lib/edition/convert.ts
 * scriptMap, served as /script-map.json): character for character, so a match found in one
 * script is at the same place in the other. Places count characters, not UTF-16 units: a
 * character may take two units in one script and one in the other (㓆 is 𠗣), and
 * simplifiedWithPlaces says where each unit of the reading lies in the text. Plain code for the
 * browser.
 */
export interface ScriptMaps {
  /** Traditional → simplified, for every traditional form in the corpus. */
  toSimplified: Map<string, string>;
  /** Simplified → its most frequent form in the traditional text (which may be itself). */
  toTraditional: Map<string, string>;
}

/** The maps of /script-map.json; a file of another shape (a host's error in JSON) is refused. */
export function scriptMaps(map: unknown): ScriptMaps {
  const entries = typeof map === 'object' && map !== null && !Array.isArray(map) ? Object.entries(map) : undefined;
  // Each simplified character with its traditional forms.
  if (!entries?.every(([s, forms]) => [...s].length === 1 && typeof forms === 'string' && forms)) {
    throw new Error('the script map is not a map of characters');
  }
  const toSimplified = new Map<string, string>();
  const toTraditional = new Map<string, string>();
  for (const [s, forms] of entries as [string, string][]) {
    const traditionalForms = [...forms];
    toTraditional.set(s, traditionalForms[0]!);
    for (const t of traditionalForms) toSimplified.set(t, s);
  }
  return { toSimplified, toTraditional };
}

/** The text in the other script, and where each UTF-16 unit of it (and its end) lies in the text. */
function convert(text: string, map: Map<string, string>): { text: string; at: number[] } {
  let converted = '';
  const at: number[] = [];
  let place = 0;
  for (const c of text) {
    const other = map.get(c) ?? c;
    converted += other;
    for (let unit = 0; unit < other.length; unit++) at.push(place);
    place += c.length;
  }
  at.push(place);
  return { text: converted, at };
}

/** A query or a page's text read in simplified characters, the script the index is built in. */
export const simplified = (text: string, maps: ScriptMaps) => convert(text, maps.toSimplified).text;

/** A page's text read in simplified characters, with where each UTF-16 unit of the reading lies in the page's text. */
export const simplifiedWithPlaces = (text: string, maps: ScriptMaps) => convert(text, maps.toSimplified);

/** Simplified text shown in the traditional edition. */
export const traditional = (text: string, maps: ScriptMaps) => convert(text, maps.toTraditional).text;
