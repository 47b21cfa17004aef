/**
 * Time zone: turns the document's wording into an IANA name. Certain when the
 * wording names it — an IANA name, a city or territory ("Paris", "Jakarta",
 * "Réunion"), a zone abbreviation that belongs to one place ("RET", "WIB",
 * "SAST"), or CET/CEST for a seat whose country uses it. Inferred (CHECK)
 * when only the seat's country gives it (a country with a single zone whose
 * offset agrees with the wording), or when only a whole-hour offset is given
 * ("UTC+5" -> Etc/GMT-5: the POSIX sign is reversed). Several zones in the
 * wording ("EST/EDT, CST/CDT …") give none.
 */
import 'server-only';
import { isValidTimeZone } from '../profile/rules';
import { TIME_ZONE_PLACES } from './timezone-places';
import { fold } from './text';

export type TimeZone = { iana: string; reason: string; certain: boolean };

/** Countries where CET/CEST (MEZ/MESZ, hora central europea) names one zone. */
const CET_BY_COUNTRY: Record<string, string> = {
  FR: 'Europe/Paris', DE: 'Europe/Berlin', ES: 'Europe/Madrid', BE: 'Europe/Brussels', LU: 'Europe/Luxembourg', NL: 'Europe/Amsterdam',
  IT: 'Europe/Rome', AT: 'Europe/Vienna', CH: 'Europe/Zurich', MC: 'Europe/Monaco', DK: 'Europe/Copenhagen', SE: 'Europe/Stockholm',
  NO: 'Europe/Oslo', PL: 'Europe/Warsaw', CZ: 'Europe/Prague', HU: 'Europe/Budapest',
};

/** Countries with one zone for the whole territory (those with several — FR, ES, PT, US, ID, BR, RU, AU, CA, MX… — are left out or blanked). */
const SINGLE_ZONE: Record<string, string> = {
  ...CET_BY_COUNTRY, FR: '', ES: '', NL: '', FI: 'Europe/Helsinki', EE: 'Europe/Tallinn', LV: 'Europe/Riga', LT: 'Europe/Vilnius', GR: 'Europe/Athens',
  RO: 'Europe/Bucharest', BG: 'Europe/Sofia', IE: 'Europe/Dublin', GB: 'Europe/London', SK: 'Europe/Bratislava', SI: 'Europe/Ljubljana',
  HR: 'Europe/Zagreb', RS: 'Europe/Belgrade', CY: 'Asia/Nicosia', MT: 'Europe/Malta', IS: 'Atlantic/Reykjavik', TR: 'Europe/Istanbul',
  JP: 'Asia/Tokyo', KR: 'Asia/Seoul', SG: 'Asia/Singapore', PH: 'Asia/Manila', TH: 'Asia/Bangkok', IN: 'Asia/Kolkata', LK: 'Asia/Colombo',
  PK: 'Asia/Karachi', BD: 'Asia/Dhaka', IL: 'Asia/Jerusalem', JO: 'Asia/Amman', LB: 'Asia/Beirut', QA: 'Asia/Qatar', AE: 'Asia/Dubai',
  SA: 'Asia/Riyadh', OM: 'Asia/Muscat', BH: 'Asia/Bahrain', KW: 'Asia/Kuwait', ZA: 'Africa/Johannesburg', NG: 'Africa/Lagos',
  KE: 'Africa/Nairobi', EG: 'Africa/Cairo', MA: 'Africa/Casablanca', TN: 'Africa/Tunis', DZ: 'Africa/Algiers', SN: 'Africa/Dakar',
  CI: 'Africa/Abidjan', GH: 'Africa/Accra', TZ: 'Africa/Dar_es_Salaam', UG: 'Africa/Kampala', RW: 'Africa/Kigali', MU: 'Indian/Mauritius',
  CO: 'America/Bogota', PE: 'America/Lima', UY: 'America/Montevideo', PY: 'America/Asuncion', CR: 'America/Costa_Rica',
  GT: 'America/Guatemala', PA: 'America/Panama', DO: 'America/Santo_Domingo', JM: 'America/Jamaica', TT: 'America/Port_of_Spain',
  BJ: 'Africa/Porto-Novo', TG: 'Africa/Lome', BF: 'Africa/Ouagadougou', ML: 'Africa/Bamako', NE: 'Africa/Niamey', GN: 'Africa/Conakry',
  CM: 'Africa/Douala', GA: 'Africa/Libreville', CG: 'Africa/Brazzaville', TD: 'Africa/Ndjamena', MR: 'Africa/Nouakchott', BI: 'Africa/Bujumbura',
  MG: 'Indian/Antananarivo', ET: 'Africa/Addis_Ababa', ZM: 'Africa/Lusaka', ZW: 'Africa/Harare', MZ: 'Africa/Maputo', AO: 'Africa/Luanda',
};

/**
 * Countries with several zones whose mainland holds the seat unless the address says otherwise: used
 * (CHECK) only when the wording gives an offset that agrees with the mainland zone ("GMT+0, GMT+1 in
 * Summer Time" for Portugal; the Azores are an hour behind).
 */
const MAINLAND_ZONE: Record<string, string> = { PT: 'Europe/Lisbon', ES: 'Europe/Madrid', FR: 'Europe/Paris', NL: 'Europe/Amsterdam' };

const CET = /\b(cet|cest|mez|mesz|central european|heure d'europe centrale|hora central europea|mitteleuropaische)\b/;
const OFFSET = /\b(?:utc|gmt)\s*([+\-−–])\s*(\d{1,2})(?:[:.h]?(\d{2}))?/;
/** Summer time in the wording: a fixed Etc/GMT offset would be wrong half the year. */
const SUMMER = /\b(cest|mesz|bst|ist|eest|edt|cdt|mdt|pdt|dst)\b|summer|daylight|heure d'ete|sommerzeit|horario de verano|ora legale|zomertijd/;
const SEVERAL = /\b[ecmp][sd]t\s*\/\s*[ecmp][sd]t\b|\b(est|cst|mst|pst)\b.*\b(est|cst|mst|pst)\b/;

/** UTC offsets in minutes that a zone uses in January and July. */
function offsetsOf(zone: string): number[] {
  const year = new Date().getUTCFullYear();
  return [0, 6].map((month) => {
    const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(new Date(Date.UTC(year, month, 15)))
      .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
    const m = /GMT([+-])(\d{2}):(\d{2})/.exec(part);
    return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  });
}

function writtenOffset(text: string): number | undefined {
  const m = OFFSET.exec(text);
  if (!m) return undefined;
  return (m[1] === '+' ? 1 : -1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

/** The IANA zone the wording names or implies, or undefined when nothing is safe to say. */
export function ianaTimeZone(asWritten: string, country: string | undefined): TimeZone | undefined {
  const explicit = /\b(Europe|America|Asia|Africa|Australia|Pacific|Indian|Atlantic|Antarctica)\/[A-Za-z_]+(?:\/[A-Za-z_]+)?\b/.exec(asWritten);
  if (explicit && isValidTimeZone(explicit[0])) return { iana: explicit[0], reason: 'IANA name printed', certain: true };
  const text = fold(asWritten);
  if (SEVERAL.test(text)) return undefined;
  for (const [pattern, iana] of TIME_ZONE_PLACES) {
    const m = pattern.exec(text);
    if (m) return { iana, reason: `"${m[0].trim()}" in the wording`, certain: true };
  }
  if (CET.test(text) && country && CET_BY_COUNTRY[country]) {
    return { iana: CET_BY_COUNTRY[country], reason: `CET/CEST with the seat in ${country}`, certain: true };
  }
  if (/^(utc|gmt|utc\s*[+±]\s*0|gmt\s*[+±]\s*0)$/.test(text.replace(/[.()]/g, '').trim())) return { iana: 'UTC', reason: 'UTC printed', certain: true };
  const offset = writtenOffset(text);
  const single = country ? SINGLE_ZONE[country] : undefined;
  if (single && (offset === undefined || offsetsOf(single).includes(offset))) {
    return { iana: single, reason: `the seat's country (${country}) has one time zone${offset === undefined ? '' : ' and its offset agrees'}`, certain: false };
  }
  const mainland = country && offset !== undefined ? MAINLAND_ZONE[country] : undefined;
  if (mainland && offsetsOf(mainland).includes(offset!)) {
    return { iana: mainland, reason: `the seat's country (${country}): its mainland zone, whose offset agrees with the wording`, certain: false };
  }
  if (offset !== undefined && !SUMMER.test(text) && offset % 60 === 0 && Math.abs(offset) <= 12 * 60) {
    const hours = offset / 60;
    const iana = hours === 0 ? 'Etc/GMT' : `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`;
    return { iana, reason: `only the offset UTC${hours >= 0 ? '+' : ''}${hours} is given; Etc/GMT zones reverse the sign and ignore summer time`, certain: false };
  }
  return undefined;
}
