/**
 * The import corpus (tests/fixtures/import-corpus/<id>/): real RFC 2350
 * documents with the contact facts a person read in each (expected.json).
 * (and the document's language, from meta.json). scoreImport compares what
 * the importer drew with those facts, fact by fact:
 * found, missing, or WRONG (a value the document does not give). Wrong is
 * worse than missing: the corpus test fails on any WRONG.
 */
import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { normalizeHex } from '../keys/fingerprint';

export type ExpectedFacts = {
  emails: string[];
  /** Other addresses the document prints: neither counted nor wrong. */
  other_emails?: string[];
  phones: string[];
  /** Fax numbers: neither counted nor wrong. */
  other_phones?: string[];
  fingerprints: string[];
  /** null: the document gives no single zone, so any zone is wrong. */
  timezone: string | null;
  /** null: the document names no country, so any country is wrong. */
  country: string | null;
  /** ISO 639-1 language of the document (from meta.json). */
  language?: string;
};

export type CorpusDocument = { id: string; file: string; language: string; format: string; expected: ExpectedFacts };

export const FACT_TYPES = ['email', 'phone', 'fingerprint', 'timezone', 'country', 'language'] as const;
export type FactType = (typeof FACT_TYPES)[number];
export type Tally = { found: number; missing: number; wrong: number };
export type Score = { tally: Record<FactType, Tally>; problems: string[] };

/** Every corpus folder that has a document, meta.json and expected.json, sorted by id. */
export function loadCorpus(dir: string): CorpusDocument[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, 'expected.json')))
    .map((d) => {
      const folder = path.join(dir, d.name);
      const meta = JSON.parse(fs.readFileSync(path.join(folder, 'meta.json'), 'utf8')) as { file: string; language: string; format: string };
      const expected = JSON.parse(fs.readFileSync(path.join(folder, 'expected.json'), 'utf8')) as ExpectedFacts;
      return { id: d.name, file: path.join(folder, meta.file), language: meta.language, format: meta.format, expected: { ...expected, language: meta.language } };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The contact facts of an imported draft, in the corpus's terms. */
export function importedFacts(data: Record<string, unknown>) {
  const d = data as {
    emails?: { address: string }[];
    telephone?: { numbers?: { e164: string }[] };
    fax?: { numbers?: { e164: string }[] };
    pgp_keys?: { fingerprint: string }[];
    hours?: { timezone?: string };
    country?: string;
    document?: { lang?: string };
  };
  return {
    emails: (d.emails ?? []).map((e) => e.address.toLowerCase()),
    phones: (d.telephone?.numbers ?? []).map((n) => n.e164),
    fax: (d.fax?.numbers ?? []).map((n) => n.e164),
    fingerprints: (d.pgp_keys ?? []).map((k) => normalizeHex(k.fingerprint)),
    timezone: d.hours?.timezone ?? null,
    country: d.country ?? null,
    language: d.document?.lang ?? null,
  };
}

function tallyList(kind: FactType, expected: string[], tolerated: string[], got: string[], problems: string[]): Tally {
  const t: Tally = { found: 0, missing: 0, wrong: 0 };
  for (const value of expected) {
    if (got.includes(value)) t.found++;
    else {
      t.missing++;
      problems.push(`missing ${kind} ${value}`);
    }
  }
  for (const value of new Set(got)) {
    if (!expected.includes(value) && !tolerated.includes(value)) {
      t.wrong++;
      problems.push(`WRONG ${kind} ${value}`);
    }
  }
  return t;
}

function tallyOne(kind: FactType, expected: string | null, got: string | null, problems: string[]): Tally {
  if (got !== null && got !== expected) {
    problems.push(`WRONG ${kind} ${got}${expected ? ` (document: ${expected})` : ' (the document gives none)'}`);
    return { found: 0, missing: expected ? 1 : 0, wrong: 1 };
  }
  if (expected === null) return { found: 0, missing: 0, wrong: 0 };
  if (got === null) problems.push(`missing ${kind} ${expected}`);
  return { found: got === null ? 0 : 1, missing: got === null ? 1 : 0, wrong: 0 };
}

export function scoreImport(data: Record<string, unknown>, expected: ExpectedFacts): Score {
  const got = importedFacts(data);
  const problems: string[] = [];
  const faxes = [...(expected.other_phones ?? [])];
  const tally: Record<FactType, Tally> = {
    email: tallyList('email', expected.emails, expected.other_emails ?? [], got.emails, problems),
    phone: tallyList('phone', expected.phones, faxes, [...got.phones, ...got.fax.filter((n) => !faxes.includes(n))], problems),
    fingerprint: tallyList('fingerprint', expected.fingerprints, [], got.fingerprints, problems),
    timezone: tallyOne('timezone', expected.timezone, got.timezone, problems),
    country: tallyOne('country', expected.country, got.country, problems),
    language: tallyOne('language', expected.language ?? null, expected.language ? got.language : null, problems),
  };
  return { tally, problems };
}

export function addTallies(into: Record<FactType, Tally>, more: Record<FactType, Tally>): void {
  for (const k of FACT_TYPES) {
    into[k].found += more[k].found;
    into[k].missing += more[k].missing;
    into[k].wrong += more[k].wrong;
  }
}

export function emptyTallies(): Record<FactType, Tally> {
  return Object.fromEntries(FACT_TYPES.map((k) => [k, { found: 0, missing: 0, wrong: 0 }])) as Record<FactType, Tally>;
}
