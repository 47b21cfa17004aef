/**
 * Synthetic, schema-valid team profiles for load and search benchmarks.
 *
 *   npm run gen:profiles -- --count 10000 --out /tmp/content [--seed 42]
 *
 * writes DIR/teams/<slug>/profile.md (the layout of content/, so CONTENT_DIR=DIR works).
 * Deterministic for a seed: xoroshiro128+ from pure-rand. No key.asc is written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import YAML from 'yaml';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { CONSTITUENCY_TAGS, DAYS, TEAM_TYPES } from '../lib/profile/schema';
import { CHECKLIST, COUNTRIES, LANG_CODES, MEMBERSHIPS, ORG_SUFFIXES, PREFIXES, SERVICES, SYLLABLES } from './gen-profiles-data';
import { foldForSearch } from '../lib/search/normalize';
import { bodyOf } from './gen-profiles-body';

export type Generated = { slug: string; profile: Record<string, unknown>; body: string };

type Rng = ReturnType<typeof xoroshiro128plus>;

function random(seed: number) {
  const rng: Rng = xoroshiro128plus(seed);
  const int = (min: number, max: number) => uniformInt(rng, min, max);
  const pick = <T>(list: readonly T[]): T => list[int(0, list.length - 1)];
  const chance = (p: number) => int(0, 9999) < p * 10000;
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const copy = [...list];
    const n = Math.min(copy.length, int(min, max));
    for (let i = 0; i < n; i++) {
      const j = int(i, copy.length - 1);
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, n);
  };
  const hex = (n: number) => Array.from({ length: n }, () => '0123456789ABCDEF'[int(0, 15)]).join('');
  const date = (from: number, to: number) => `${int(from, to)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
  return { int, pick, chance, some, hex, date };
}

const slugify = (s: string) => foldForSearch(s).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('fr') + s.slice(1);
const spaced = (hex: string) => hex.replace(/(.{4})(?=.)/g, '$1 ');

/** `count` profiles as plain objects plus Markdown bodies; names and slugs unique ignoring case. */
export function generateProfiles(count: number, seed = 1): Generated[] {
  const r = random(seed);
  const names = new Set<string>();
  const slugs = new Set<string>();
  const out: Generated[] = [];
  while (out.length < count) {
    const teamType = r.pick(TEAM_TYPES);
    const country = r.chance(0.45) ? COUNTRIES[0] : r.pick(COUNTRIES);
    const place = r.pick(country.places);
    const city = r.pick(place.cities);
    const org = capitalise(Array.from({ length: r.int(2, 3) }, () => r.pick(SYLLABLES)).join('')) + r.pick(ORG_SUFFIXES);
    let official = `${r.pick(PREFIXES[teamType])} ${teamType === 'regional' || teamType === 'national' ? `${org} ${place.region}` : org}`;
    if (names.has(official.toLowerCase())) official += ` ${city}`;
    if (names.has(official.toLowerCase())) continue;
    let slug = slugify(official).slice(0, 60).replace(/-$/, '');
    for (let n = 2; slugs.has(slug); n++) slug = `${slugify(official).slice(0, 56)}-${n}`;
    names.add(official.toLowerCase());
    slugs.add(slug);
    const lang = country.lang === 'fr' || r.chance(0.2) ? 'fr' : 'en';
    const label = slugify(org).replace(/-/g, '').slice(0, 20) || 'team';
    const domain = `${r.chance(0.3) ? `${label}-csirt` : label}.${country.tld}`;
    const mailDomain = r.chance(0.3) ? `cert.${domain}` : domain;
    const local = r.pick(['incidents', 'cert', 'csirt', 'soc', 'security', 'alerte']);
    const keys = Array.from({ length: r.pick([0, 1, 1, 1, 2]) }, () => {
      const fpr = r.hex(40);
      const form = r.int(0, 3);
      const keyId = form === 0 ? undefined : form === 1 ? `0x${fpr.slice(-8)}` : form === 2 ? `0x${fpr.slice(-16)}` : spaced(fpr.slice(-16));
      return { fingerprint: r.chance(0.5) ? spaced(fpr) : fpr, ...(keyId && { key_id: keyId }), user_id: `${local}@${mailDomain}` };
    });
    const h24 = r.chance(0.25);
    const open = `0${r.int(7, 9)}:${r.pick(['00', '30'])}`;
    const close = `${r.int(17, 19)}:${r.pick(['00', '30'])}`;
    const tags = r.some(CONSTITUENCY_TAGS, 1, 4);
    const customersOnly = teamType === 'internal' || teamType === 'commercial' ? r.chance(0.7) : r.chance(0.1);
    const digits = `${r.int(1, 9)}${String(r.int(0, 99999999)).padStart(8, '0')}`;
    const memberships = r.some(MEMBERSHIPS, 0, 3).map((m) => ({
      organisation: m.organisation,
      status: r.pick(m.statuses),
      as_written: `${official} is ${m.statuses[0] === 'qualified' ? 'qualified by' : 'a member of'} ${m.organisation}.`,
    }));
    const services = r.some(SERVICES[lang], 3, 7);
    const schedule = [{ days: r.chance(0.8) ? DAYS.slice(0, 5) : DAYS.slice(0, 6), open, close }];
    const exceptHolidays = r.chance(0.7);
    // An audience or a holiday rule only with the words that state it (conditions), as check:fidelity asks of real profiles.
    const hours = {
      timezone: place.tz,
      schedule,
      ...(h24 && { around_the_clock: { kind: 'service', channels: r.some(['phone', 'email'], 1, 2), as_written: lang === 'fr' ? 'Disponible 24 h/24 et 7 j/7.' : 'Available 24/7.' } }),
    };
    const profile: Record<string, unknown> = {
      name: { official, ...(r.chance(0.6) && { short: r.chance(0.5) ? `CERT-${label.slice(0, 6).toUpperCase()}` : org }) },
      team_type: teamType,
      country: country.code,
      ...(r.chance(0.9) && { region: place.region }),
      city,
      host_organisation: org,
      website: r.chance(0.5) ? `https://www.${domain}/` : `https://${domain}/${r.pick(['csirt', 'cert', 'securite', 'security/incident-response'])}`,
      telephone: r.chance(0.8)
        ? { status: 'public', numbers: [{ e164: `+${country.dial}${digits}`, display: `+${country.dial} ${digits.replace(/(\d{3})(?=\d)/g, '$1 ')}`, use: h24 ? 'emergency' : 'main' }] }
        : { status: 'not-public' },
      emails: [
        { address: `${local}@${mailDomain}`, uses: ['incident-reports', ...(r.chance(0.5) ? ['general'] : [])] },
        ...(r.chance(0.4) ? [{ address: `contact@${domain}`, uses: ['general', 'document-updates'] }] : []),
      ],
      pgp_keys: keys,
      hours,
      conditions: conditionsOf(lang, exceptHolidays, h24 && customersOnly),
      ...(r.chance(0.7) && { urgent_subject: lang === 'fr' ? r.pick(['[URGENT]', '[URGENCE]']) : '[URGENT]' }),
      members: { public: r.chance(0.3) },
      constituency: {
        tags,
        customers_only: customersOnly,
        countries: [country.code],
        regions: teamType === 'regional' ? [place.region] : [],
        as_written: lang === 'fr' ? `Organisations situées en ${place.region} : ${tags.join(', ')}.` : `Organisations in ${place.region}: ${tags.join(', ')}.`,
      },
      memberships,
      ...(r.chance(0.8) && { languages: [...new Set([country.lang, ...r.some(LANG_CODES, 0, 2)])] }),
      reporting: { checklist: r.some(CHECKLIST[lang], 2, 5) },
      listing: { added: r.date(2024, 2026) },
      document: { lang, version: `${r.int(1, 3)}.${r.int(0, 9)}`, last_updated: r.date(2018, 2025), signed: r.chance(0.6) },
    };
    out.push({ slug, profile, body: bodyOf({ lang, official, city, region: place.region, email: `${local}@${mailDomain}`, services, urgent: '[URGENT]' }) });
  }
  return out;
}

/** Conditions stated with their words: a holiday exception on the hours, a 24/7 service reserved to customers. */
function conditionsOf(lang: 'fr' | 'en', exceptHolidays: boolean, customers24: boolean) {
  const fr = lang === 'fr';
  return [
    ...(exceptHolidays ? [{ code: 'except-public-holidays', applies_to: ['hours'], as_written: fr ? 'Fermé les jours fériés.' : 'Closed on public holidays.' }] : []),
    ...(customers24 ? [{ code: 'customers-only', applies_to: ['around-the-clock'], as_written: fr ? 'Le service 24 h/24 est réservé aux clients.' : 'The 24/7 service is reserved to customers.' }] : []),
  ];
}

/** The profile.md text of one generated team. */
export function toMarkdown(g: Generated): string {
  return `---\n${YAML.stringify(g.profile, { lineWidth: 0 })}---\n\n${g.body}\n`;
}

export function writeProfiles(dir: string, generated: Generated[]): void {
  for (const g of generated) {
    const folder = path.join(dir, 'teams', g.slug);
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, 'profile.md'), toMarkdown(g));
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '100' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } } });
  if (!values.out) {
    console.error('usage: npm run gen:profiles -- --count N --out DIR [--seed S]');
    process.exit(2);
  }
  const started = performance.now();
  const generated = generateProfiles(Number(values.count), Number(values.seed));
  writeProfiles(values.out, generated);
  console.log(`${generated.length} profiles written to ${path.join(values.out, 'teams')} in ${Math.round(performance.now() - started)} ms`);
}
