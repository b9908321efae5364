import { searchFormId, searchInputId, searchResultsId, searchStatusId } from '../lib/constants';
import { hantPrefix } from '../lib/edition/paths';
import { scopeOf, type SearchManifest } from '../lib/search/format';
import { simplified, traditional, type ScriptMaps } from '../lib/edition/script-map';
import { checkCandidates, type Hit } from '../lib/search/hits';
import { excerpt, parseQuery } from '../lib/search/text';
import { el, fill, type Messages } from './dom';
import { isHantPage, loadScriptMaps } from './edition';
import { inTime, siteIndex, timeoutSeconds } from './fetch-index';
import { frequencyPanel } from './search-frequency-panel';

/**
 * The /search/ page: the query lives in the URL (?q=…&scope=…), so results can be shared and the
 * back button works. The index proposes candidates; only records containing every term are shown.
 */
export function initSearchPage(root: HTMLElement): void {
  const t = JSON.parse(root.dataset.strings!) as Messages;
  const form = root.querySelector<HTMLFormElement>(`#${searchFormId}`)!;
  const input = form.querySelector<HTMLInputElement>(`#${searchInputId}`)!;
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  const buttonLabel = button.textContent;
  const scopes = [...form.querySelectorAll<HTMLInputElement>('input[name="scope"]')];
  const status = root.querySelector<HTMLElement>(`#${searchStatusId}`)!;
  const results = root.querySelector<HTMLElement>(`#${searchResultsId}`)!;
  let hits: Hit[] = [];
  /** The query's terms as typed (for the status line) and in simplified characters (to match). */
  let typed: string[] = [];
  let terms: string[] = [];
  let maps: ScriptMaps | undefined;
  const hant = isHantPage();
  /** Text of the index (simplified) as this edition shows it, and its links. */
  const show = (text: string) => (hant && maps ? traditional(text, maps) : text);
  const inEdition = (url: string) => (hant ? `${hantPrefix}${url}` : url);
  let manifest: SearchManifest | undefined;
  let candidates: number[] = [];
  let checked = 0;
  /** The query's 各篇出现频率 panel, shown above the results (null: no report in scope). */
  let frequency: HTMLElement | null = null;
  let run = 0;
  /**
   * What is searched is what is checked: every box at first. The URL names the chosen scopes only
   * when some are left out (an empty scope= when none is chosen).
   */
  const chosenScopes = () => scopes.filter((b) => b.checked).map((b) => b.value);
  const narrowed = () => scopes.some((b) => !b.checked);

  const readUrl = () => {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    const chosen = params.getAll('scope');
    for (const box of scopes) box.checked = !chosen.length || chosen.includes(box.value);
  };

  const writeUrl = (push: boolean) => {
    const params = new URLSearchParams({ q: input.value });
    const chosen = chosenScopes();
    if (narrowed()) for (const scope of chosen.length ? chosen : ['']) params.append('scope', scope);
    const url = `${location.pathname}?${params}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };

  /** While searching: the results region busy (aria-busy), and the button says so (pressed, it starts the search again). */
  const busy = (on: boolean) => {
    results.setAttribute('aria-busy', String(on));
    button.textContent = on ? t.busyButton! : buttonLabel;
  };

  /** The page as it opens, with nothing asked yet (also when the reader goes back to it). */
  const idle = () => {
    run++;
    terms = [];
    typed = [];
    hits = [];
    frequency = null;
    busy(false);
    status.textContent = '';
    results.replaceChildren();
    results.dataset.state = 'idle';
  };

  async function search(): Promise<void> {
    const id = ++run;
    const query = parseQuery(input.value);
    hits = [];
    frequency = null;
    results.replaceChildren();
    const problem = query.problem ?? (chosenScopes().length ? undefined : 'no-scope');
    if (problem) {
      terms = [];
      typed = [];
      status.textContent = {
        'too-long': fill(t.tooLong!, { max: t.max! }),
        empty: t.empty!,
        'no-indexable': t.noIndexable!,
        'no-scope': t.noScope!,
      }[problem];
      results.dataset.state = 'problem';
      busy(false);
      return;
    }
    typed = query.terms;
    busy(true);
    results.dataset.state = 'searching';
    status.textContent = t.searching!;
    performance.mark('search:start');
    try {
      // A query in either script: the index is in simplified characters.
      const [index, scriptMaps] = await inTime(Promise.all([siteIndex.manifest(), loadScriptMaps()]));
      if (id !== run) return;
      manifest = index;
      maps = scriptMaps;
      terms = typed.map((term) => simplified(term, scriptMaps));
      const found = await inTime(siteIndex.candidatesFor(index, terms, chosenScopes()));
      if (id !== run) return; // a newer search has started
      candidates = found;
      checked = 0;
      await check(id);
      if (id !== run) return;
      const panel = await inTime(frequencyPanel(index, terms, typed, chosenScopes(), t));
      if (id !== run) return;
      frequency = panel;
      render();
      performance.mark('search:done');
    } catch (error) {
      failed(id, error);
    }
  }

  const failed = (id: number, error: unknown) => {
    if (id !== run) return;
    const reason = error instanceof Error ? error.message : '';
    status.textContent =
      reason === 'offline' || !navigator.onLine
        ? t.offline!
        : reason === 'timeout'
          ? fill(t.timedOut!, { seconds: timeoutSeconds })
          : t.failed!;
    results.dataset.state = 'problem';
    busy(false);
  };

  /** Checks the next candidates (src/lib/search/hits.ts), unless a newer search has started meanwhile. */
  async function check(id: number): Promise<void> {
    const next = await checkCandidates(
      candidates,
      terms,
      { hits, checked },
      (batch) => inTime(siteIndex.recordsAt(manifest!, batch)),
      () => id === run,
    );
    if (id === run) ({ hits, checked } = next);
  }

  function render(): void {
    const left = candidates.length - checked;
    // Hits arrive in display order: newest report first, the glossary last, each in document order.
    const groups = new Map<string, Hit[]>();
    for (const hit of hits) groups.set(scopeOf(hit.meta), [...(groups.get(scopeOf(hit.meta)) ?? []), hit]);
    const groupName = (key: string) => (key === 'glossary' ? t.glossaryGroup! : fill(t.reportGroup!, { year: key }));
    const quoted = typed.map((term) => fill(t.quoted!, { term })).join('、');
    const summary = [...groups].map(([key, list]) => fill(t.summaryGroup!, { name: groupName(key), count: list.length })).join('，');
    const counts = { count: hits.length, occurrences: hits.reduce((n, hit) => n + hit.occurrences, 0), groups: summary };
    if (left) status.textContent = fill(t.partial!, { ...counts, left });
    else if (hits.length) status.textContent = fill(t.summary!, counts);
    else status.textContent = fill(narrowed() ? t.filteredOut! : t.none!, { query: quoted });
    // One numbering for the whole list of results, across reports and sections.
    let numbered = 0;
    const sections = [...groups].map(([key, list]) => {
      const section = renderGroup(key, groupName(key), list, numbered + 1);
      numbered += list.length;
      return section;
    });
    if (left) sections.push(renderMore(left, hits.length));
    results.replaceChildren(...(frequency ? [frequency] : []), ...sections);
    results.dataset.state = left ? 'partial' : 'done';
    busy(false);
  }

  /** "Keep looking": checks the next candidates; focus moves to the first new hit. */
  function renderMore(left: number, shownBefore: number): HTMLElement {
    const button = el('button', { type: 'button' }, t.more!);
    button.addEventListener('click', () => {
      const id = run;
      button.disabled = true;
      status.textContent = t.searching!;
      results.dataset.state = 'searching';
      check(id)
        .then(() => {
          if (id !== run) return;
          render();
          // The first new hit; if none came, the status line, which says how many there are.
          const next = results.querySelectorAll<HTMLElement>('.search-group .search-hits > li > a')[shownBefore];
          (next ?? status).focus();
        })
        .catch((error: unknown) => {
          failed(id, error);
          button.disabled = false; // the reader may try again
        });
    });
    return el('div', { className: 'search-more' }, el('p', {}, fill(t.moreLeft!, { left })), button);
  }

  /** A link that lands on the block with the terms highlighted there. */
  const landing = (hit: Hit) => {
    const [path, hash] = hit.url.split('#');
    const params = new URLSearchParams();
    for (const term of terms) params.append('hl', term);
    return `${inEdition(path!)}?${params}#${hash}`;
  };

  function renderGroup(key: string, name: string, list: Hit[], firstNumber: number): HTMLElement {
    const headingId = `results-${key}`;
    const first = list[0]!.meta;
    const title = key === 'glossary' ? name : `${name} · ${show(first.title)}`;
    const section = el('section', { className: 'search-group' });
    section.setAttribute('aria-labelledby', headingId);
    section.append(
      el('h2', { id: headingId }, title, ' ', el('span', { className: 'search-count' }, fill(t.count!, { count: list.length }))),
    );
    // Within a report, hits under their section heading; the glossary is one flat list.
    const bySection = new Map<string, Hit[]>();
    for (const hit of list) bySection.set(hit.meta.sectionId, [...(bySection.get(hit.meta.sectionId) ?? []), hit]);
    for (const [sectionId, sectionHits] of bySection) {
      const meta = sectionHits[0]!.meta;
      if (key !== 'glossary' && sectionId) {
        const [path] = sectionHits[0]!.url.split('#');
        section.append(el('h3', {}, el('a', { href: `${inEdition(path!)}#${sectionId}` }, show(meta.section))));
      }
      section.append(el('ol', { className: 'search-hits', start: firstNumber }, ...sectionHits.map((hit) => renderHit(hit))));
      firstNumber += sectionHits.length;
    }
    return section;
  }

  function renderHit(hit: Hit): HTMLElement {
    const { meta } = hit;
    const place =
      meta.kind === 'glossary'
        ? show(meta.title)
        : meta.block.startsWith('p-')
          ? fill(t.paragraph!, { n: meta.block.slice(2) })
          : t.heading!;
    // Character for character, so the marks fall on the same text in either script.
    const parts = excerpt(meta.text, hit.ranges).map((s) => (s.mark ? el('mark', {}, show(s.text)) : show(s.text)));
    const item = el('li', {}, el('a', { href: landing(hit) }, place));
    if (meta.kind === 'glossary') item.append(' ', el('span', { className: 'search-kind' }, t.glossaryKind!));
    item.append(el('p', { className: 'search-excerpt' }, ...parts));
    return item;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    writeUrl(true);
    void search();
  });
  for (const box of scopes) {
    box.addEventListener('change', () => {
      writeUrl(false);
      if (input.value.trim()) void search();
    });
  }
  const asked = () => new URLSearchParams(location.search).has('q');
  addEventListener('popstate', () => {
    readUrl();
    if (asked()) void search();
    else idle();
  });

  readUrl();
  if (asked()) void search();
  else input.focus();
}
