import { scopesWithin, type SearchManifest } from '../lib/search/format';
import { frequencyOf, type Frequency } from '../lib/search/frequency';
import { el, fill, type Messages } from './dom';
import { inTime, siteIndex } from './fetch-index';

/**
 * Text files the panel may fetch without asking (a few KB): a term found in few paragraphs is
 * counted at once; a frequent one (发展) waits for the reader's click, which may fetch most of the
 * corpus, so that a first query stays light however large the site grows.
 */
const filesWithoutAsking = 8;

/**
 * 各篇出现频率: how often each term, on its own, occurs in each report of the chosen scopes, per
 * 10,000 characters, as a table (reports in year order, a column per term) with a labelled bar
 * in each cell. Null when no report is in scope.
 */
export async function frequencyPanel(
  manifest: SearchManifest,
  terms: string[],
  typed: string[],
  scopes: string[],
  t: Messages,
): Promise<HTMLElement | null> {
  const reports = scopesWithin(manifest, scopes)
    .filter((s) => s.scope !== 'glossary')
    .sort((a, b) => Number(a.scope) - Number(b.scope));
  if (!reports.length) return null;
  const candidates = await Promise.all(
    terms.map((term) =>
      siteIndex.candidatesFor(
        manifest,
        [term],
        reports.map((r) => r.scope),
      ),
    ),
  );
  const count = async () =>
    Promise.all(terms.map(async (term, i) => frequencyOf(term, await siteIndex.recordsAt(manifest, candidates[i]!), reports)));

  const headingId = 'search-frequency-heading';
  const panel = el('section', { className: 'search-frequency' }, el('h2', { id: headingId }, t.frequencyHeading!));
  panel.setAttribute('aria-labelledby', headingId);
  const table = (figures: Map<string, Frequency>[]) => {
    const top = Math.max(...figures.flatMap((byReport) => [...byReport.values()].map((f) => f.rate)));
    const cell = (f: Frequency) => {
      const bar = el('span', { className: 'frequency-bar' });
      bar.setAttribute('aria-hidden', 'true');
      bar.style.width = `${top ? (f.rate / top) * 100 : 0}%`;
      return el(
        'td',
        {},
        el('span', { className: 'frequency-value' }, fill(t.frequencyCell!, { rate: f.rate.toFixed(1), count: f.count })),
        bar,
      );
    };
    return el(
      'table',
      { className: 'frequency-table' },
      el('caption', {}, t.frequencyCaption!),
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', { scope: 'col' }, t.frequencyReport!),
          ...typed.map((term) => el('th', { scope: 'col' }, fill(t.quoted!, { term }))),
        ),
      ),
      el(
        'tbody',
        {},
        ...reports.map(({ scope }) =>
          el(
            'tr',
            {},
            el('th', { scope: 'row' }, fill(t.frequencyYear!, { year: scope })),
            ...figures.map((byReport) => cell(byReport.get(scope)!)),
          ),
        ),
      ),
    );
  };

  const paragraphs = new Set(candidates.flat()).size;
  if (siteIndex.textFilesToFetch(manifest, candidates.flat()) <= filesWithoutAsking) {
    panel.append(table(await count()));
    return panel;
  }
  // Frequent terms: counting means checking every paragraph that may hold them.
  const button = el('button', { type: 'button' }, t.frequencyButton!);
  const message = el('span', {}, fill(t.frequencyAsk!, { paragraphs }));
  const ask = el('p', {}, message, ' ', button);
  button.addEventListener('click', () => {
    button.disabled = true;
    panel.setAttribute('aria-busy', 'true');
    inTime(count())
      .then((figures) => {
        const shown = table(figures);
        shown.tabIndex = -1;
        ask.replaceWith(shown);
        shown.focus();
      })
      .catch(() => {
        // The results below stay; the reader may try again.
        message.textContent = t.frequencyFailed!;
        button.disabled = false;
      })
      .finally(() => panel.setAttribute('aria-busy', 'false'));
  });
  panel.append(ask);
  return panel;
}
