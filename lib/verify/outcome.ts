/**
 * What a verify island shows after a check, already in words: the island
 * renders it, and the words were chosen by lib/pgp/explain.ts in the module
 * loaded on click (run-check.ts). Types and one tiny helper only, so this is
 * safe in the first load.
 */
import type { Verdict } from '@/lib/pgp/verdict';
import type { LoadFailureStrings } from './strings';

/** The verify page's fields, in page order. */
export const FIELDS = ['document', 'signature', 'key'] as const;
export type FieldName = (typeof FIELDS)[number];

export type ShownVerdict = {
  verdict: Verdict;
  /** "valid", "clé expirée", … */
  label: string;
  message: string;
  note: string | null;
  /** [label, value] rows of technical details, only those known. */
  facts: Array<[string, string]>;
};

/** A problem with the inputs; `field` null: not about one field (e.g. the check itself failed). */
export type FieldError = { field: FieldName | null; message: string };

export type Outcome =
  | { kind: 'verdict'; verdict: ShownVerdict }
  | { kind: 'errors'; errors: FieldError[] }
  | { kind: 'message'; message: string };

/** Fills "{name}" placeholders of a template string passed by the server. */
export const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

/** "Could not load the files to check. Technical detail (message from the browser): Failed to fetch" */
export function loadFailure(s: LoadFailureStrings, error: unknown): string {
  return `${s.failedToLoad}. ${s.technicalDetail}${error instanceof Error ? error.message : String(error)}`;
}
