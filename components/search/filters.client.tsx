'use client';

import { dict, type Lang } from '@/lib/i18n';
import { FILTERS, FILTER_PARAMS, type FilterParam, type SearchState } from '@/lib/search/url-state';

type Values = Record<string, Record<string, number>>;

type Props = {
  lang: Lang;
  state: SearchState;
  /** Every value of every filter in the directory (empty until the engine has loaded). */
  values: Values;
  /** Counts within the current results, when there are results. */
  counts?: Values;
  onOpen: () => void;
  onChange: (key: FilterParam, value: string) => void;
  onClear: () => void;
};

const names = new Map<string, Intl.DisplayNames>();
function displayName(lang: Lang, type: 'region' | 'language', code: string): string {
  const key = `${lang}:${type}`;
  if (!names.has(key)) names.set(key, new Intl.DisplayNames([lang], { type }));
  try {
    return names.get(key)!.of(code) ?? code;
  } catch {
    return code;
  }
}

/** What a filter value reads as in the reader's language; codes from the profiles, names as written. */
function label(lang: Lang, key: FilterParam, value: string): string {
  const t = dict(lang);
  switch (key) {
    case 'country':
      return displayName(lang, 'region', value);
    case 'lang':
      return displayName(lang, 'language', value);
    case 'type':
      return t.teamTypes[value as keyof typeof t.teamTypes] ?? value;
    case 'for':
      return value === 'customers-only' ? t.search.customersOnly : (t.constituencyTags[value as keyof typeof t.constituencyTags] ?? value);
    case 'h24':
      return t.search.h24Value;
    default:
      return value;
  }
}

/** One select per filter, values sorted by their label; the chosen value stays listed even with no count. */
export function SearchFilters({ lang, state, values, counts, onOpen, onChange, onClear }: Props) {
  const t = dict(lang);
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  const chosen = FILTER_PARAMS.filter((k) => state.filters[k]).length;
  return (
    <details className="mt-3" open={chosen > 0 || undefined} onToggle={onOpen}>
      <summary className="min-h-11 cursor-pointer py-2 font-medium">
        {t.search.filters}{chosen > 0 && ` (${chosen})`}
      </summary>
      <div className="grid gap-3 sm:grid-cols-2" data-testid="filters">
        {FILTER_PARAMS.map((key) => {
          const all = values[FILTERS[key]] ?? {};
          const current = state.filters[key];
          const options = [...new Set([...Object.keys(all), ...(current ? [current] : [])])]
            .map((value) => ({ value, text: label(lang, key, value), count: counts?.[FILTERS[key]]?.[value] ?? all[value] }))
            .sort((a, b) => collator.compare(a.text, b.text));
          return (
            <div key={key} className="flex flex-col">
              <label htmlFor={`filter-${key}`} className="text-sm font-medium">{t.search.fields[key]}</label>
              <select
                id={`filter-${key}`}
                name={key}
                value={current ?? ''}
                onChange={(e) => onChange(key, e.target.value)}
                className="mt-1 min-h-11 rounded border border-gray-500 bg-white px-2 text-base font-normal dark:bg-gray-900"
              >
                <option value="">{t.search.any}</option>
                {options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.text}{o.count !== undefined ? ` (${o.count})` : ''}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </div>
      {chosen > 0 && (
        <button type="button" onClick={onClear} className="mt-3 min-h-11 rounded border border-gray-500 px-4 py-2">{t.search.clear}</button>
      )}
    </details>
  );
}
