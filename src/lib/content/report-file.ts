import type { z } from 'zod';
import { ContentError, type ContentProblem } from '../content-error';
import { issuePath, lineAtPath, parseYamlDocument } from './yaml-list';
import { reportSchema, type ReportFrontmatter } from '../report-schema';
import { reportFileName } from '../reports';

/**
 * Checks the report files before Astro reads them, so that what Astro would misread fails with
 * the file, the line and the cause (checkFrontmatterFile), and so does a year that is not the
 * file's or the date's, and two reports at one place of the source.
 */
export function checkReportFiles(files: { file: string; text: string }[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const positions = new Map<number, string>();
  for (const { file, text } of files) {
    const checked = checkReportFile(text, file);
    if ('problems' in checked) {
      problems.push(...checked.problems);
      continue;
    }
    const { sourcePosition } = checked.data;
    // A report from another source has no place in the seed.
    if (sourcePosition === undefined) continue;
    const other = positions.get(sourcePosition);
    if (other)
      problems.push({
        file,
        line: checked.lineOf('sourcePosition'),
        message: `sourcePosition ${sourcePosition} is also that of ${other}; each report has its own place in the source`,
      });
    else positions.set(sourcePosition, file);
  }
  return problems;
}

/** A file's problems, or its frontmatter and the line of each top-level key. */
type Checked<T> = { problems: ContentProblem[] } | { data: T; lineOf: (key: string) => number };

/** One report file: its frontmatter checked, then its year against its name and its date. */
export function checkReportFile(text: string, file: string): Checked<ReportFrontmatter> {
  const checked = checkFrontmatterFile(text, file, reportSchema);
  if ('problems' in checked) return checked;
  // The year names the report's file and page: a year that is not the file's would publish the
  // report at another address, and every check that follows would fail for that reason alone.
  const { year, delivered } = checked.data;
  const name = file.split('/').at(-1)!;
  const disagreeing = [
    name !== reportFileName(year) && `the file name ${name}`,
    delivered && delivered.getUTCFullYear() !== year && `the date ${delivered.toISOString().slice(0, 10)} (delivered)`,
  ].filter(Boolean);
  if (disagreeing.length === 0) return checked;
  return {
    problems: [
      {
        file,
        line: checked.lineOf('year'),
        message: `year ${year} disagrees with ${disagreeing.join(' and ')}: a report's file is content/reports/<year>.md, and it is delivered in its year`,
      },
    ],
  };
}

/**
 * A Markdown file with frontmatter, checked as Astro would misread it: a byte-order mark or
 * CR LF line endings (which hide the frontmatter), characters no reader can see, a block never
 * closed, invalid YAML (anchors and aliases too), and frontmatter that does not fit the schema
 * (a misspelt key names its own line).
 */
export function checkFrontmatterFile<Shape extends z.ZodRawShape>(
  text: string,
  file: string,
  schema: z.ZodObject<Shape>,
): Checked<z.output<z.ZodObject<Shape>>> {
  const problem = (line: number, message: string) => ({ problems: [{ file, line, message }] });
  if (text.charCodeAt(0) === 0xfeff) return problem(1, 'the file starts with a byte-order mark (U+FEFF); save it as UTF-8 without BOM');
  const crlf = text.indexOf('\r');
  if (crlf !== -1)
    return problem(text.slice(0, crlf).split('\n').length, 'CR LF (Windows) line endings; save the file with LF line endings');
  const invisible = invisibleCharacters(text, file);
  if (invisible.length > 0) return { problems: invisible };
  const lines = text.split('\n');
  if (lines[0] !== '---') return problem(1, 'the file must start with a frontmatter block: a line "---"');
  const close = lines.indexOf('---', 1);
  if (close === -1) return problem(1, 'the frontmatter block opened here is never closed by a line "---"');

  let parsed;
  try {
    parsed = parseYamlDocument(lines.slice(1, close).join('\n'), file, 2);
  } catch (error) {
    if (error instanceof ContentError) return { problems: error.problems };
    throw error;
  }
  const { doc, lineAt } = parsed;
  const lineOf = (key: string) => lineAtPath(doc.contents, [key], lineAt, 1);
  const result = schema.safeParse(doc.toJSON());
  if (result.success) return { data: result.data, lineOf };
  const problems = result.error.issues.flatMap((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
    return keys.map((key) => ({
      file,
      line: lineAtPath(doc.contents, key === undefined ? issuePath(issue) : [...issue.path, key], lineAt, 1),
      message:
        key === undefined
          ? `frontmatter${issue.path.length ? ` ${issue.path.join('.')}` : ''}: ${issue.message}`
          : `frontmatter: unknown key "${key}" (known keys: ${Object.keys(schema.shape).join(', ')})`,
    }));
  });
  return { problems };
}

/**
 * Control characters (Unicode Cc, but the line break: NUL, a tab…), format characters (Cf: a
 * zero-width space, a bidirectional control…) and line or paragraph separators: none is seen
 * on the page, yet each is in the text, so that 中\u200B微子 looks like 中微子 and search does not
 * find it.
 */
const invisibleCharacter = /(?!\n)[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

function invisibleCharacters(text: string, file: string): ContentProblem[] {
  return text.split('\n').flatMap((lineText, index) =>
    [...lineText.matchAll(invisibleCharacter)].map((m) => {
      const codePoint = `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
      const kind = /\p{Cc}/u.test(m[0]) ? 'a control character' : 'an invisible character';
      const preceding = [...lineText.slice(0, m.index)];
      const before = preceding.slice(-10).join('').replace(invisibleCharacter, '');
      return {
        file,
        line: index + 1,
        message: `${codePoint}, ${kind}, at character ${preceding.length + 1} of the line${before ? ` (after "${before}")` : ''}; delete it (the page would not show it, and search would not find the text around it)`,
      };
    }),
  );
}
