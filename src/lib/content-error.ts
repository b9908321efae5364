/**
 * A problem in the content (not in the code). The build stops on it, and the message names the
 * file, the line and the problem, so the fix is obvious to whoever edits the Markdown or YAML.
 */
export interface ContentProblem {
  file: string;
  line?: number | undefined;
  message: string;
}

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      'Content problem' +
        (problems.length > 1 ? 's' : '') +
        ':\n' +
        problems.map((p) => `  ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`).join('\n'),
    );
    this.name = 'ContentError';
  }
}

/** Throws one ContentError listing every problem found, so a single build shows them all. */
export function throwIfProblems(problems: ContentProblem[]): void {
  if (problems.length > 0) throw new ContentError(problems);
}
