/**
 * A team as a vCard 4.0 (RFC 6350): data/teams/<slug>.vcf.
 *
 * Why: a responder adds a team to an address book or a phone in one step,
 * with the incident address preferred, the public numbers as tel: URIs, the
 * directory's copy of the key (KEY) and its fingerprint (NOTE) to check it
 * against. Written from the open data record, so the card says what
 * teams.json says; every date comes from the profile (REV), never the clock.
 */
import 'server-only';
import { vcardTimestamp } from './dates';
import type { ExportTeam } from './record-schema';
import { pageLang } from '@/lib/site/url';
import { contentLine, escapeText, structured, vcard } from './vcard-format';
import { phoneConditionWords, statedSeat } from './record-facts';

const PRODID = '-//CSIRT directory//open data 1//EN';

/** Same text for people: case and accents aside ("FRANCE" = "France"). */
const same = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' }) === 0;

/** Names of the seat country a postal address may end with: in English and in the document's language. */
function countryNames(record: ExportTeam): string[] {
  const inDocumentLang = new Intl.DisplayNames([record.document.lang], { type: 'region', fallback: 'code' }).of(record.country.code);
  return [record.country.name, inDocumentLang ?? record.country.name];
}

/**
 * ADR: the address as the team writes it, one line per line, goes in the
 * street component, the country name in the country component (a last line
 * naming the country moves there), and the whole address in LABEL. Without
 * an address, the seat's city, region and country make the components.
 */
function address(record: ExportTeam): string {
  // A country or region the directory derived (from a phone prefix, a postal code) is not the team's: left out.
  const seat = statedSeat(record);
  const country = seat.country?.name ?? '';
  const region = seat.region ?? '';
  if (!record.postal_address) {
    return contentLine('ADR', { TYPE: 'work' }, structured(['', '', '', record.city ?? '', region, '', country]));
  }
  const lines = record.postal_address.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const last = lines[lines.length - 1] ?? '';
  const street = lines.length > 1 && countryNames(record).some((name) => same(last, name)) ? lines.slice(0, -1) : lines;
  const label = [...street, ...(country ? [country] : [])].join('\n');
  return contentLine('ADR', { TYPE: 'work', LABEL: label }, structured(['', '', street.join('\n'), '', '', '', country]));
}

/** The vCard of one team, CRLF line ends, folded at 75 octets. */
export function teamVcard(record: ExportTeam): string {
  const lines: string[] = [
    contentLine('PRODID', {}, escapeText(PRODID)),
    contentLine('UID', {}, record.links.json),
    contentLine('KIND', {}, 'org'),
    contentLine('FN', {}, escapeText(record.official_name)),
  ];
  if (record.short_name) lines.push(contentLine('NICKNAME', {}, escapeText(record.short_name)));
  const org = record.host_organisation && !same(record.host_organisation, record.official_name) ? [record.host_organisation, record.official_name] : [record.official_name];
  lines.push(contentLine('ORG', {}, structured(org)));
  lines.push(contentLine('CATEGORIES', {}, 'CSIRT'));

  for (const email of record.emails) {
    lines.push(contentLine('EMAIL', { TYPE: 'work', PREF: email.preferred ? '1' : undefined }, escapeText(email.address)));
  }
  // PREF only on a number anyone may call at any time the team is open: never on one the team limits ("emergencies only").
  const preferredPhone = record.phones.find((p) => p.channel === 'telephone' && p.use !== 'customers-only' && !p.conditions);
  for (const phone of record.phones) {
    const type = ['work', phone.channel === 'fax' ? 'fax' : 'voice'];
    lines.push(contentLine('TEL', { VALUE: 'uri', TYPE: type, PREF: phone === preferredPhone ? '1' : undefined }, `tel:${phone.number}`));
  }
  lines.push(address(record));
  if (record.website) lines.push(contentLine('URL', { TYPE: 'work', PREF: '1' }, record.website));
  lines.push(contentLine('URL', {}, record.permalinks[pageLang(record.document.lang)]));
  if (record.links.key) lines.push(contentLine('KEY', { MEDIATYPE: 'application/pgp-keys' }, record.links.key));

  const notes = [
    ...record.phones
      .filter((p) => p.conditions)
      .map((p) => `${p.display}: ${phoneConditionWords(record, p).join(' / ')} (${p.conditions!.join(', ')})`),
    ...record.pgp_keys.map((k) => `OpenPGP key fingerprint: ${k.fingerprint}`),
    ...(record.urgent_subject ? [`Urgent e-mail: put ${record.urgent_subject} in the subject.`] : []),
  ];
  if (notes.length) lines.push(contentLine('NOTE', {}, escapeText(notes.join('\n'))));
  (record.languages ?? []).forEach((lang, i) => lines.push(contentLine('LANG', { PREF: String(i + 1) }, lang)));
  if (record.hours) lines.push(contentLine('TZ', {}, escapeText(record.hours.timezone)));
  lines.push(contentLine('REV', {}, vcardTimestamp(record.last_modified)));
  lines.push(contentLine('SOURCE', {}, record.links.vcard));
  return vcard(lines);
}
