'use client';

import { helpPath } from '@/lib/site/routes';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { UiLang } from '@/lib/i18n/ui-lang';
import type { SearchStrings } from '@/lib/i18n/island-strings';
import { fill, fillCount } from '@/lib/i18n/fill';
import { EMPTY_STATE, isEmpty, readState, writeState, type SearchState } from '@/lib/search/url-state';
import { FILTER_NAMES, type FilterCounts, type FilterName } from '@/lib/search/filters';
import type { Hit, Outcome } from '@/lib/search/engine';
import { isTooShort, parseQuery } from '@/lib/search/normalize';
import { TeamCardView } from '@/components/team-card-view';
import { browseHref } from '@/lib/site/pagination';
import { SearchFilters } from './filters.client';

/** The engine and its index reader load on the first search, not with the page. */
const engine = () => import('@/lib/search/engine');

/** A one-letter text query (or "0x" and one digit) without filters: not searched, the full list stays (see MIN_WORD). */
function tooShort(state: SearchState): boolean {
  return isTooShort(parseQuery(state.q)) && FILTER_NAMES.every((k) => !state.filters[k]);
}

type Status = 'idle' | 'loading' | 'ready' | 'failed';

/** Typing pauses longer than this become a history entry (Back returns to it); shorter ones replace the current one. */
const HISTORY_PAUSE_MS = 800;

/**
 * The home page search: a box and filters over the site's search index, the state
 * in the URL (?q=…&country=…), results that say why they matched. Without
 * JavaScript the form is hidden (`js-only`, public/nojs.css) and only the
 * `children` show: the static list of every team, page 1, with links to the
 * other pages. With an empty search the children stay.
 */
export function Search({ lang, strings: s, children }: { lang: UiLang; strings: SearchStrings; children: ReactNode }) {
  const [state, setState] = useState<SearchState>(EMPTY_STATE);
  const [status, setStatus] = useState<Status>('idle');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  /** The query string the shown results are for (tests and the benchmark wait for it). */
  const [shownFor, setShownFor] = useState('');
  /** The query string whose outcome is on screen, whatever it is: results, none, or too short to search. */
  const [settledFor, setSettledFor] = useState('');
  const [values, setValues] = useState<FilterCounts>({});
  const sequence = useRef(0);
  const lastPush = useRef(0);
  /** Filter counts are computed once the reader has opened the filters (they need every filter file). */
  const countsWanted = useRef(false);

  const search = useCallback(async (next: SearchState) => {
    const id = ++sequence.current;
    if (isEmpty(next) || tooShort(next)) {
      setOutcome(null);
      setShownFor('');
      setSettledFor(writeState(next));
      return;
    }
    setStatus((current) => (current === 'ready' ? current : 'loading'));
    try {
      const result = await (await engine()).runSearch(next, lang, countsWanted.current);
      if (id !== sequence.current) return; // a newer keystroke won
      setOutcome(result);
      setShownFor(writeState(next));
      setSettledFor(writeState(next));
      setStatus('ready');
    } catch {
      if (id !== sequence.current) return;
      setStatus('failed');
      setSettledFor(writeState(next)); // what is on screen for this text is the failure message
    }
  }, [lang]);

  const warmUp = useCallback(() => {
    if (!countsWanted.current) {
      countsWanted.current = true;
      if (!isEmpty(state) && !tooShort(state)) void search(state);
    }
    if (Object.keys(values).length > 0) return;
    engine()
      .then((e) => e.allFilterValues())
      .then((v) => {
        setValues(v);
        setStatus((current) => (current === 'idle' ? 'ready' : current));
      })
      .catch(() => setStatus('failed'));
  }, [values, state, search]);

  // Start from the URL, and follow Back and Forward.
  useEffect(() => {
    const fromUrl = () => {
      const next = readState(window.location.search);
      setState(next);
      void search(next);
      if (FILTER_NAMES.some((k) => next.filters[k])) warmUp();
    };
    fromUrl();
    window.addEventListener('popstate', fromUrl);
    return () => window.removeEventListener('popstate', fromUrl);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // The language switch keeps the search.
  useEffect(() => {
    const query = writeState(state);
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[hreflang]')) {
      const url = new URL(a.href);
      url.search = query;
      a.href = url.toString();
    }
  }, [state]);

  const update = (next: SearchState, typing: boolean) => {
    setState(next);
    const url = `${window.location.pathname}${writeState(next)}`;
    const now = performance.now();
    if (typing && now - lastPush.current < HISTORY_PAUSE_MS) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    lastPush.current = now;
    void search(next);
  };

  const setFilter = (key: FilterName, value: string) => {
    const filters = { ...state.filters, [key]: value || undefined };
    update({ ...state, filters }, false);
  };

  const showMore = async () => {
    if (!outcome) return;
    const more = await (await engine()).moreHits(outcome);
    setOutcome({ ...outcome, hits: [...outcome.hits, ...more] });
  };

  const active = !isEmpty(state) && outcome !== null;
  return (
    <>
      <noscript>
        <p className="mt-6 rounded border border-gray-400 p-3">{s.noScript}</p>
      </noscript>
      <form role="search" className="js-only mt-6" onSubmit={(e) => e.preventDefault()} data-testid="search">
        <label htmlFor="search-q" className="block text-lg font-semibold">{s.label}</label>
        <p id="search-hint" className="text-sm text-gray-700 dark:text-gray-300">{s.hint}</p>
        <input
          id="search-q"
          type="search"
          value={state.q}
          maxLength={200}
          autoComplete="off"
          spellCheck={false}
          aria-describedby="search-hint"
          onChange={(e) => update({ ...state, q: e.target.value }, true)}
          className="mt-1 min-h-12 w-full rounded border border-gray-500 bg-white px-3 text-lg dark:bg-gray-900"
        />
        <SearchFilters lang={lang} strings={s} state={state} values={values} counts={outcome?.counts} onOpen={warmUp} onChange={setFilter} onClear={() => update(EMPTY_STATE, false)} />
      </form>
      <div aria-live="polite" className="mt-4" data-testid="search-status" data-settled-for={settledFor}>
        {status === 'failed' && <p role="alert">{s.failed}</p>}
        {status === 'loading' && !isEmpty(state) && !tooShort(state) && <p>{s.loading}</p>}
        {tooShort(state) && state.q.trim() && <p>{s.tooShort}</p>}
        {active && outcome.corrected && <p>{fill(s.corrected, { typed: state.q, used: outcome.corrected })}</p>}
        {active && <p data-testid="result-count">{fillCount(s.results, outcome.total)}</p>}
      </div>
      {active && outcome.total === 0 ? (
        // Nothing found: said once above; then the ways on, not an empty list.
        <ul className="mt-4 space-y-2" data-testid="no-results">
          <li><a href={helpPath(lang)} className="inline-flex min-h-11 items-center font-bold text-red-800 underline dark:text-red-300">{s.helpCta}</a></li>
          <li><a href={browseHref(lang, 1)} className="inline-flex min-h-11 items-center text-blue-700 underline dark:text-blue-300">{s.browseList}</a></li>
        </ul>
      ) : active ? (
        <>
          <h2 className="mt-6 text-xl font-semibold">{s.resultsHeading}</h2>
          <ul className="mt-4 grid gap-4 sm:grid-cols-2" data-testid="results" data-results-for={shownFor}>
            {outcome.hits.map((hit) => <Result key={hit.href} hit={hit} strings={s} />)}
          </ul>
          {outcome.hits.length < outcome.total && (
            <button type="button" onClick={showMore} className="mt-4 min-h-11 rounded border border-gray-500 px-4 py-2">{s.more}</button>
          )}
        </>
      ) : (
        children
      )}
    </>
  );
}

function Result({ hit, strings: s }: { hit: Hit; strings: SearchStrings }) {
  const reasons = hit.reasons.length > 0 && (
    <p className="mt-1 text-sm text-gray-700 dark:text-gray-300" data-testid="match-reasons">
      {s.matchedBy}{s.colon}{hit.reasons.map((r) => s.reasons[r]).join(', ')}
    </p>
  );
  return <TeamCardView card={hit.card} href={hit.href} labels={s.card} extra={reasons} />;
}
