/**
 * Time zone: turns the document's wording into an IANA name only when the
 * wording makes it certain — an IANA name, a city or territory ("Paris",
 * "Réunion"), a territory abbreviation ("RET"), or CET/CEST for a seat whose
 * country uses it. "UTC+1" alone is not enough (several zones share it), so
 * it is reported rather than guessed.
 */
import { isValidTimeZone } from '../profile/rules';
import { fold } from './text';

export type TimeZone = { iana: string; reason: string };

const PLACES: [RegExp, string][] = [
  [/\b(ret)\b|reunion/, 'Indian/Reunion'],
  [/mayotte/, 'Indian/Mayotte'],
  [/martinique/, 'America/Martinique'],
  [/guadeloupe/, 'America/Guadeloupe'],
  [/guyane|cayenne|french guiana/, 'America/Cayenne'],
  [/noumea|nouvelle-caledonie|new caledonia/, 'Pacific/Noumea'],
  [/tahiti|polynesie|french polynesia/, 'Pacific/Tahiti'],
  [/saint-pierre|miquelon/, 'America/Miquelon'],
  [/canarias|canary|canaries/, 'Atlantic/Canary'],
  [/\bparis\b/, 'Europe/Paris'],
  [/\bberlin\b/, 'Europe/Berlin'],
  [/\bmadrid\b/, 'Europe/Madrid'],
  [/\b(bruxelles|brussels|brussel)\b/, 'Europe/Brussels'],
  [/\bluxembourg\b/, 'Europe/Luxembourg'],
  [/\bamsterdam\b/, 'Europe/Amsterdam'],
  [/\b(rome|roma)\b/, 'Europe/Rome'],
  [/\b(vienna|wien|vienne)\b/, 'Europe/Vienna'],
  [/\b(zurich|bern|berne)\b/, 'Europe/Zurich'],
  [/\b(lisbon|lisboa|lisbonne)\b/, 'Europe/Lisbon'],
  [/\b(london|londres)\b/, 'Europe/London'],
  [/\b(dublin)\b/, 'Europe/Dublin'],
  [/\b(montreal|quebec)\b/, 'America/Toronto'],
];

/** Countries where CET/CEST (MEZ/MESZ, hora central europea) names one zone. */
const CET_BY_COUNTRY: Record<string, string> = {
  FR: 'Europe/Paris', DE: 'Europe/Berlin', ES: 'Europe/Madrid', BE: 'Europe/Brussels', LU: 'Europe/Luxembourg', NL: 'Europe/Amsterdam',
  IT: 'Europe/Rome', AT: 'Europe/Vienna', CH: 'Europe/Zurich', MC: 'Europe/Monaco', DK: 'Europe/Copenhagen', SE: 'Europe/Stockholm',
  NO: 'Europe/Oslo', PL: 'Europe/Warsaw', CZ: 'Europe/Prague', HU: 'Europe/Budapest',
};

const CET = /\b(cet|cest|mez|mesz|central european|heure d'europe centrale|hora central europea|mitteleuropaische)\b/;

/** The IANA zone the wording names, or undefined when it is not certain. */
export function ianaTimeZone(asWritten: string, country: string | undefined): TimeZone | undefined {
  const explicit = /\b(Europe|America|Asia|Africa|Australia|Pacific|Indian|Atlantic|Antarctica)\/[A-Za-z_]+(?:\/[A-Za-z_]+)?\b/.exec(asWritten);
  if (explicit && isValidTimeZone(explicit[0])) return { iana: explicit[0], reason: 'IANA name printed' };
  const text = fold(asWritten);
  for (const [pattern, iana] of PLACES) {
    const m = pattern.exec(text);
    if (m) return { iana, reason: `"${m[0].trim()}" in the wording` };
  }
  if (CET.test(text) && country && CET_BY_COUNTRY[country]) {
    return { iana: CET_BY_COUNTRY[country], reason: `CET/CEST with the seat in ${country}` };
  }
  if (/^(utc|gmt|utc\s*[+±]\s*0|gmt\s*[+±]\s*0)$/.test(text.replace(/[.()]/g, '').trim())) return { iana: 'UTC', reason: 'UTC printed' };
  return undefined;
}
