import { isAlias, isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { z } from 'zod';
import { ContentError, type ContentProblem } from '../content-error';

/**
 * A YAML document with its line counter; syntax errors name the file and the line they are on.
 *
 * Anchors (&name) and aliases (*name) are refused where they stand. A content value is written
 * once, on the line its errors name; an alias would show one value in several places, checked at
 * a line that does not hold it. Astro reads a report's frontmatter with another parser
 * (js-yaml), which resolves aliases and merge keys (<<) differently, and an alias of aliases (a
 * "billion laughs") made that parser's output too big to serialise: refused here, before Astro
 * parses the file, neither can happen.
 */
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
  if (problems.length === 0) {
    visit(doc, (_key, node) => {
      if (isAlias(node)) problems.push({ file, line: lineAt(node.range?.[0] ?? 0), message: aliasMessage(`an alias (*${node.source})`) });
      else if (isNode(node) && node.anchor)
        problems.push({ file, line: lineAt(node.range?.[0] ?? 0), message: aliasMessage(`an anchor (&${node.anchor})`) });
    });
  }
  if (problems.length) throw new ContentError(problems);
  return { doc, lineAt };
}

const aliasMessage = (what: string) => `YAML: ${what}; content files use no anchors or aliases: write the value out where it belongs`;

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

/**
 * The line where the value at `path` inside a YAML node (a schema issue's path) is written: the
 * line of its key, or of its list item; of its nearest ancestor there, if the path goes on
 * where the YAML does not; `fallback` if the path leaves the node at once.
 */
export function lineAtPath(node: unknown, path: readonly PropertyKey[], lineAt: (offset: number) => number, fallback: number): number {
  let line = fallback;
  for (const step of path) {
    const at: unknown = isMap(node)
      ? node.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === String(step))
      : isSeq(node) && typeof step === 'number'
        ? node.items[step]
        : undefined;
    if (isPair(at)) {
      if (isNode(at.key) && at.key.range) line = lineAt(at.key.range[0]);
      node = at.value;
    } else if (isNode(at)) {
      if (at.range) line = lineAt(at.range[0]);
      node = at;
    } else break;
  }
  return line;
}

/** Where a schema issue is written: a misspelt key on its own line (zod puts it in keys, not in the path). */
export function issuePath(issue: z.core.$ZodIssue): PropertyKey[] {
  return issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
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
    return { value: isNode(item) ? item.toJSON() : item, line, lineAtPath: (path) => lineAtPath(item, path, lineAt, line) };
  });
}
