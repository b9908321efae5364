import { isNode, isSeq, LineCounter, parseDocument } from 'yaml';
import { ContentError } from './content-error';

/** A YAML list's items with the line each starts on, so content errors can name the line. */
export function yamlList(text: string, file: string): { value: unknown; line: number }[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length) {
    throw new ContentError(doc.errors.map((e) => ({ file, line: e.linePos?.[0].line, message: e.message })));
  }
  if (!isSeq(doc.contents)) throw new ContentError([{ file, message: 'expected a YAML list' }]);
  return doc.contents.items.map((item) => ({
    value: isNode(item) ? item.toJSON() : item,
    line: lineCounter.linePos(isNode(item) ? (item.range?.[0] ?? 0) : 0).line,
  }));
}
