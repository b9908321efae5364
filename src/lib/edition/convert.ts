import { Converter } from 'opencc-js/cn2t';

/**
 * The 繁體 edition's conversion: OpenCC (opencc-js) from mainland simplified to the Hong Kong
 * standard (`hk`), the script of most of these reports' traditional-character readers (Hong Kong,
 * Macau, and the Taishan and Kaiping communities overseas). It keeps 台 (台山, 台开快速路:
 * the Taiwan standard would write 臺開) and writes 裏 for 里 where it means "inside". OpenCC
 * leaves punctuation alone; the quotation marks are set here, as Hong Kong sets them.
 * The simplified text stays the source: this only ever runs on it.
 */
export const traditionalVariant = 'hk';

const openccToHk = Converter({ from: 'cn', to: traditionalVariant });

/**
 * Conversions OpenCC gets wrong in these texts, each reviewed against its sentence, as the
 * simplified phrase and its right traditional form. Each is tested.
 */
export const conversionExceptions: readonly { simplified: string; traditional: string; why: string }[] = [
  { simplified: '一个中心', traditional: '一個中心', why: '个 is the measure word 個 here, not 箇' },
  { simplified: '积蓄发展', traditional: '積蓄發展', why: '发展 is 發展; OpenCC reads 蓄发 as "grow hair" (蓄髮)' },
  { simplified: '谋谈签', traditional: '謀談簽', why: '签 is signing (簽約), not a slip (籤)' },
];

const fixes = conversionExceptions.map((e) => ({ wrong: openccToHk(e.simplified), right: e.traditional }));

/**
 * Simplified characters in the edition's traditional script, character for character: for what
 * names or leads to a place (ids, links), where a quotation mark must stay what it is. As many
 * characters (code points), though not always as many UTF-16 units (㓆 is one, its 𠗣 two).
 */
export function toTraditionalCharacters(text: string): string {
  let converted = openccToHk(text);
  for (const { wrong, right } of fixes) if (wrong !== right) converted = converted.replaceAll(wrong, right);
  return converted;
}

/**
 * Quotation marks as Hong Kong and Taiwan set them: “ ” as 「 」 and the inner ‘ ’ as 『 』. An
 * apostrophe between Latin letters (People’s) stays.
 */
const hongKongQuotes: Record<string, string> = { '“': '「', '”': '」', '‘': '『', '’': '』' };
const westernQuotes = /[“”‘]|(?<![A-Za-z])’|’(?![A-Za-z])/g;

/** Simplified text as the edition sets it, its characters and quotation marks, character for character. */
export function toTraditional(text: string): string {
  return toTraditionalCharacters(text).replace(westernQuotes, (mark) => hongKongQuotes[mark]!);
}

/**
 * Which forms each simplified character of a corpus takes in the converted text, most frequent
 * first (发 → 發髮; 台 → 台颱: 台山 stays, 台风 is 颱風; “ → 「): the map the search page uses to
 * read a query in either script and to show results in the edition's script. Only characters
 * that change somewhere are listed.
 */
export function scriptMap(texts: string[]): Record<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const text of texts) {
    const [from, to] = [[...text], [...toTraditional(text)]];
    if (to.length !== from.length) throw new Error(`conversion changed the number of characters of: ${text.slice(0, 40)}…`);
    for (let i = 0; i < from.length; i++) {
      const [s, t] = [from[i]!, to[i]!];
      const forms = counts.get(s) ?? new Map<string, number>();
      forms.set(t, (forms.get(t) ?? 0) + 1);
      counts.set(s, forms);
    }
  }
  const map: Record<string, string> = {};
  for (const [s, forms] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (forms.size === 1 && forms.has(s)) continue;
    map[s] = [...forms]
      .sort((a, b) => b[1] - a[1])
      .map(([t]) => t)
      .join('');
  }
  return map;
}
