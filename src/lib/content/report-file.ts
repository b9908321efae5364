import { ContentError, type ContentProblem } from '../content-error';
import { keyLine, parseYamlDocument } from './yaml-list';
import { reportSchema } from '../report-schema';

/**
 * Checks a report file before Astro reads it, so that what Astro would misread fails with the
 * file, the line and the cause: a byte-order mark or CR LF line endings (which hide the
 * frontmatter), characters no reader can see, a frontmatter block never closed, invalid YAML, and
 * frontmatter that does not fit the schema (a misspelt key names its own line).
 */
export function checkReportFiles(files: { file: string; text: string }[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const years = new Map<number, string>();
  for (const { file, text } of files) {
    const checked = checkReportFile(text, file);
    if ('problems' in checked) {
      problems.push(...checked.problems);
      continue;
    }
    // Two files for one year would give one page two sources, and one would silently win.
    const other = years.get(checked.year);
    if (other)
      problems.push({
        file,
        line: checked.yearLine,
        message: `year ${checked.year} is also the year of ${other}; each year has one report file`,
      });
    else years.set(checked.year, file);
  }
  return problems;
}

/** One report file: its problems, or its year and the line that states it. */
export function checkReportFile(text: string, file: string): { problems: ContentProblem[] } | { year: number; yearLine: number } {
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
  const result = reportSchema.safeParse(doc.toJSON());
  if (result.success) return { year: result.data.year, yearLine: keyLine(doc, 'year', lineAt) ?? 1 };
  const problems = result.error.issues.flatMap((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [String(issue.path[0] ?? '')];
    return keys.map((key) => ({
      file,
      line: keyLine(doc, key, lineAt) ?? 1,
      message:
        issue.code === 'unrecognized_keys'
          ? `frontmatter: unknown key "${key}" (known keys: ${Object.keys(reportSchema.shape).join(', ')})`
          : `frontmatter ${issue.path.join('.') || key}: ${issue.message}`,
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
