/**
 * Compares an imported draft with a hand-made profile, fact by fact (e-mails,
 * phones, fingerprints, key IDs, time zone, hours, urgent tag, version, date,
 * form URL, names). Shared by the accuracy script and the tests so both
 * measure the same thing. Two absent values agree: finding nothing where the
 * document says nothing is right.
 */
import { normalizeHex } from '../keys/fingerprint';
import type { Profile } from '../profile/schema';

export const FACTS = ['emails', 'phones', 'fingerprints', 'key IDs', 'time zone', 'hours', '24/7', 'urgent', 'version', 'last_updated', 'form URL', 'names'] as const;
export type Fact = (typeof FACTS)[number];
export type FactResult = { fact: Fact; ok: boolean; got: string; expected: string };

// Drafts may be invalid, so both sides are read loosely.
type Loose = Record<string, any>;

const list = (values: (string | undefined)[]) => values.filter((v): v is string => Boolean(v)).sort().join(', ');

function facts(p: Loose): Record<Fact, string> {
  const phones = p.telephone?.numbers?.length ? list(p.telephone.numbers.map((n: Loose) => n.e164)) : p.telephone ? `(${p.telephone.status})` : '';
  const schedule = (p.hours?.schedule ?? []).map((s: Loose) => `${s.days.join(',')} ${s.open}-${s.close}`).sort().join('; ');
  const atc = p.hours?.around_the_clock;
  return {
    emails: list((p.emails ?? []).map((e: Loose) => String(e.address).toLowerCase())),
    phones,
    fingerprints: list((p.pgp_keys ?? []).map((k: Loose) => normalizeHex(String(k.fingerprint)))),
    'key IDs': list((p.pgp_keys ?? []).map((k: Loose) => k.key_id)),
    'time zone': p.hours?.timezone ?? '',
    hours: schedule,
    '24/7': atc ? `${atc.kind ?? 'service'}${atc.channels.length ? ` by ${[...atc.channels].sort().join('+')}` : ''}` : '',
    urgent: p.urgent_subject ?? '',
    version: p.document?.version ?? '',
    last_updated: p.document?.last_updated ?? '',
    'form URL': p.reporting?.form_url ?? '',
    names: [p.name?.official, p.name?.short].filter(Boolean).join(' / '),
  };
}

export function compareFacts(imported: Loose, hand: Profile | Loose): FactResult[] {
  const got = facts(imported);
  const expected = facts(hand);
  return FACTS.map((fact) => ({ fact, ok: got[fact] === expected[fact], got: got[fact] || '—', expected: expected[fact] || '—' }));
}
