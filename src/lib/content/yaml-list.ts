import { isCollection, isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { ContentError, type ContentProblem } from '../content-error';

/** A YAML document with its line counter; syntax errors name the file and the line they are on. */
export function parseYamlDocument(text: string, file: string, firstLine = 1): { doc: Document; lineAt: (offset: number) => number } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  // One problem per error, at the line where it starts (not where the parser gave up).
  const problems: ContentProblem[] = [];
  for (const e of doc.errors) {
    const line = lineAt(e.code === 'MISSING_CHAR' ? (unclosedQuoteStart(doc, e.pos[0]) ?? e.pos[0]) : e.pos[0]);
    if (!problems.some((p) => p.line === line)) problems.push({ file, line, message: `YAML: ${e.message.split('\n')[0]}` });
  }
  if (problems.length) throw new ContentError(problems);
  return { doc, lineAt };
}

/** An unclosed quote runs to the end of the file, where the parser reports it: find its start. */
function unclosedQuoteStart(doc: Document, errorAt: number): number | undefined {
  let start: number | undefined;
  visit(doc, {
    Scalar(_key, node) {
      if (isScalar(node) && node.type?.startsWith('QUOTE') && node.range && node.range[1] >= errorAt) start ??= node.range[0];
    },
  });
  return start;
}

export interface YamlListItem {
  value: unknown;
  /** The line the item starts on. */
  line: number;
  /** The line of a value inside the item (a schema issue's path), or of its nearest ancestor there. */
  lineAtPath: (path: readonly PropertyKey[]) => number;
}

/** A YAML list's items with the line each starts on, so content errors can name the line. */
export function yamlList(text: string, file: string): YamlListItem[] {
  const { doc, lineAt } = parseYamlDocument(text, file);
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents)) throw new ContentError([{ file, line: 1, message: 'expected a YAML list' }]);
  return doc.contents.items.map((item) => {
    const line = lineAt(isNode(item) ? (item.range?.[0] ?? 0) : 0);
    const lineAtPath = (path: readonly PropertyKey[]) => {
      for (let depth = path.length; depth > 0 && isCollection(item); depth--) {
        const node: unknown = item.getIn(path.slice(0, depth) as unknown[], true);
        if (isNode(node) && node.range) return lineAt(node.range[0]);
      }
      return line;
    };
    return { value: isNode(item) ? item.toJSON() : item, line, lineAtPath };
  });
}

/** The line of a top-level key of a YAML mapping, if the document is one and has it. */
export function keyLine(doc: Document, key: string, lineAt: (offset: number) => number): number | undefined {
  if (!isMap(doc.contents)) return undefined;
  const pair = doc.contents.items.find((p) => isNode(p.key) && String((p.key as { value?: unknown }).value) === key);
  return pair && isNode(pair.key) ? lineAt(pair.key.range?.[0] ?? 0) : undefined;
}
