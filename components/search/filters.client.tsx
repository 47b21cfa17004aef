'use client';

import type { UiLang } from '@/lib/i18n/ui-lang';
import type { SearchStrings } from '@/lib/i18n/island-strings';
import type { SearchState } from '@/lib/search/url-state';
import { CUSTOMERS_ONLY_VALUE, FILTER_NAMES, type FilterCounts, type FilterName } from '@/lib/search/filters';

type Values = FilterCounts;

type Props = {
  lang: UiLang;
  strings: SearchStrings;
  state: SearchState;
  /** Every value of every filter in the directory (empty until the engine has loaded). */
  values: Values;
  /** Counts within the current results, when there are results. */
  counts?: Values;
  onOpen: () => void;
  onChange: (key: FilterName, value: string) => void;
  onClear: () => void;
};

const names = new Map<string, Intl.DisplayNames>();
function displayName(lang: UiLang, type: 'region' | 'language', code: string): string {
  const key = `${lang}:${type}`;
  if (!names.has(key)) names.set(key, new Intl.DisplayNames([lang], { type }));
  try {
    return names.get(key)!.of(code) ?? code;
  } catch {
    return code;
  }
}

/** What a filter value reads as in the reader's language; codes from the profiles, names as written. */
function label(lang: UiLang, s: SearchStrings, key: FilterName, value: string): string {
  switch (key) {
    case 'country':
      return displayName(lang, 'region', value);
    case 'lang':
      return displayName(lang, 'language', value);
    case 'type':
      return s.teamTypes[value as keyof typeof s.teamTypes] ?? value;
    case 'for':
      return value === CUSTOMERS_ONLY_VALUE ? s.customersOnly : (s.constituencyTags[value as keyof typeof s.constituencyTags] ?? value);
    case 'h24':
      return s.h24Value;
    default:
      return value;
  }
}

/** One select per filter, values sorted by their label; the chosen value stays listed even with no count. */
export function SearchFilters({ lang, strings: s, state, values, counts, onOpen, onChange, onClear }: Props) {
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  const chosen = FILTER_NAMES.filter((k) => state.filters[k]).length;
  return (
    <details className="mt-3" open={chosen > 0 || undefined} onToggle={onOpen}>
      <summary className="min-h-11 cursor-pointer py-2 font-medium">
        {s.filters}{chosen > 0 && ` (${chosen})`}
      </summary>
      <div className="grid gap-3 sm:grid-cols-2" data-testid="filters">
        {FILTER_NAMES.map((key) => {
          const all = values[key] ?? {};
          const current = state.filters[key];
          // A filter no team gives a value for (languages, today) is left out until one does.
          if (Object.keys(values).length > 0 && Object.keys(all).length === 0 && !current) return null;
          const options = [...new Set([...Object.keys(all), ...(current ? [current] : [])])]
            .map((value) => ({ value, text: label(lang, s, key, value), count: counts?.[key]?.[value] ?? all[value] }))
            .sort((a, b) => collator.compare(a.text, b.text));
          return (
            <div key={key} className="flex flex-col">
              <label htmlFor={`filter-${key}`} className="text-sm font-medium">{s.fields[key]}</label>
              <select
                id={`filter-${key}`}
                name={key}
                value={current ?? ''}
                onChange={(e) => onChange(key, e.target.value)}
                className="mt-1 min-h-11 rounded border border-gray-500 bg-white px-2 text-base font-normal dark:bg-gray-900"
              >
                <option value="">{s.any}</option>
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
        <button type="button" onClick={onClear} className="mt-3 min-h-11 rounded border border-gray-500 px-4 py-2">{s.clear}</button>
      )}
    </details>
  );
}
