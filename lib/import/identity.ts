/**
 * Who and where the team is: names (official/short), postal address, city,
 * country, website and host organisation. The country is required by the
 * schema but rarely stated as such, so it is inferred from the address or the
 * phone number and reported as "CHECK" unless the address names it.
 */
import { COUNTRY_NAMES, countryOfDomain } from './countries';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { Report } from './report';
import type { Outline } from './sections';
import { keyText } from './lookup';
import { fold, lines, plain, sentences, squash, stripBullet, urls } from './text';

export type Names = { official: string; short?: string };

const OFFICIAL = /^(?:official name|full name|nom (?:complet|officiel)|d[ée]nomination|vollst[äa]ndiger name|offizieller name|nombre (?:oficial|completo))\s*:\s*(.+)$/i;
const SHORT = /^(?:common name|short name|short|nom (?:court|usuel|abr[ée]g[ée])|acronyme|kurzname|kurzbezeichnung|nombre corto|acr[óo]nimo|abbreviation|disingkat|singkatan|nama singkat|sigla|afkorting|nome breve)\s*:\s*(.+)$/i;

function cleanName(value: string): string {
  return plain(value).replace(/\s*\((?:computer|cyber)[^)]*\)/i, '').replace(/[.;]+$/, '').trim();
}

export function extractNames(outline: Outline, report: Report): Names | undefined {
  const rows = lines(keyText(outline, 'name')).map(stripBullet);
  let official = rows.map((l) => OFFICIAL.exec(l)?.[1]).find(Boolean);
  let short = rows.map((l) => SHORT.exec(l)?.[1]).find(Boolean);
  let how = 'labelled in section 2.1';
  if (!official && rows.length && !short) {
    official = rows[0];
    how = 'first line of section 2.1';
  }
  if (!official && short) {
    official = rows.find((r) => !SHORT.test(r)) ?? short;
    how = 'section 2.1';
  }
  if (!official) {
    const title = lines(outline.preamble).map((l) => l.replace(/^#+\s*/, '')).find((l) => /rfc\s*-?\s*2350/i.test(l) && l.replace(/rfc\s*-?\s*2350/i, '').replace(/[-–:]/g, '').trim().length > 2);
    if (title) {
      official = title.replace(/rfc\s*-?\s*2350(\s+(of|du|de|des|der|del)(\s+the)?)?/i, '').replace(/^[\s\-–:]+|[\s\-–:]+$/g, '');
      how = 'document title';
    }
  }
  const inline = official && !short ? /^(.*?)[,;]?\s+(?:disingkat|abbreviated as|shortened to|abgekürzt)\s*:?\s*([^\s,;]+?)\.?$/i.exec(official) : null;
  if (inline) [, official, short] = inline;
  if (!official) {
    report.missing('name.official', 'no team name found (section 2.1 or the title)');
    return undefined;
  }
  const names: Names = { official: cleanName(official) };
  if (short && cleanName(short) !== names.official) names.short = cleanName(short);
  report.found('name.official', names.official, how);
  if (names.short) report.found('name.short', names.short);
  else report.missing('name.short', 'no short name given');
  return names;
}

export function extractAddress(outline: Outline, report: Report): { address?: string; city?: string } {
  const rows = lines(plain(keyText(outline, 'address'))).map((l) => stripBullet(l));
  if (!rows.length) {
    report.missing('address', 'no address section');
    return {};
  }
  const address = rows.join('\n');
  report.found('address', address);
  const postal = rows.join(', ').match(/\b(?:[A-Z]{1,2}-)?\d{4,5}\s+([A-ZÀ-Ý][\p{L}'’-]*(?:[ -](?:[A-ZÀ-Ý][\p{L}'’-]*|de|du|des|la|le|sur|en|am|an|der|im|del))*)/u);
  const city = postal?.[1].replace(/\s+(cedex|c[ée]dex)\b.*$/i, '').trim();
  if (city) report.found('city', city, 'word after the postal code');
  else report.missing('city');
  return { address, city };
}

/**
 * Country of the seat: named in the address (its last lines first), else the
 * country of a published international phone number, else the ccTLD of the
 * team's e-mail domains (inferred, CHECK).
 */
export function inferCountry(address: string | undefined, phones: string[], report: Report, domains: string[] = []): string | undefined {
  const lines = address ? address.split('\n') : [];
  for (const part of [fold(lines.slice(-2).join(' ')), fold(lines.join(' '))]) {
    const named = COUNTRY_NAMES.find(([pattern]) => pattern.test(part));
    if (named) {
      report.found('country', named[1], 'named in the address');
      return named[1];
    }
  }
  for (const raw of phones) {
    const country = parsePhoneNumberFromString(raw)?.country;
    if (country) {
      const code = ['RE', 'GP', 'MQ', 'GF', 'YT', 'PM', 'NC', 'PF'].includes(country) ? 'FR' : country;
      report.inferred('country', code, `from the telephone number ${raw}`);
      return code;
    }
  }
  const byDomain = [...new Set(domains.map(countryOfDomain).filter((c): c is string => !!c))];
  if (byDomain.length === 1) {
    report.inferred('country', byDomain[0], `from the country domain of ${domains.find((d) => countryOfDomain(d) === byDomain[0])}`);
    return byDomain[0];
  }
  if (address && /\b\d{5}\b/.test(address) && /\b(rue|avenue|boulevard|cedex|chemin|place|allee)\b/i.test(address)) {
    report.inferred('country', 'FR', 'French-style address (5-digit postal code, "rue"/"cedex")');
    return 'FR';
  }
  report.missing('country', 'the address names no country and no phone number gives one (required: ISO 3166-1 alpha-2)');
  return undefined;
}

export function extractWebsite(outline: Outline, report: Report): string | undefined {
  const candidates = [...urls(plain(keyText(outline, 'other-info'))), ...urls(plain(outline.preamble))].filter((u) => !/ietf\.org|first\.org|\.(pdf|asc|txt)$/i.test(u));
  // The team's own page (".../cert/", ".../csirt") rather than its company's home page.
  candidates.sort((a, b) => Number(/cert|csirt|cyber|security|securite/i.test(new URL(b).pathname)) - Number(/cert|csirt|cyber|security|securite/i.test(new URL(a).pathname)));
  if (candidates[0]) report.found('website', candidates[0], keyText(outline, 'other-info').includes(candidates[0]) ? 'section 2.10' : 'cover page');
  else report.missing('website');
  return candidates[0];
}

const HOST = /(?:affili[ée]e? (?:à|a)|soutenu(?:e)? par|support(?:ed)? by|sponsored by|fait partie (?:de|du)|is part of|part of|entit[ée] interne (?:de|du)|internal (?:entity|team) of|operated by|op[ée]r[ée] par|rattach[ée]e? (?:à|au)|geh[öo]rt zu|betrieben von|forma parte de|depende de)\s+(?:la soci[ée]t[ée]\s+|the company\s+|l'|la |le |les |the |der |die |dem |el |la )?([^,;()\n]+?)(?=\s*(?:[,;()\n]|\.(?:\s|$)|$| opérant| operating| qui | which ))/i;

export function extractHost(outline: Outline, report: Report): string | undefined {
  for (const key of ['sponsorship', 'authority'] as const) {
    for (const s of sentences(plain(keyText(outline, key)))) {
      const m = HOST.exec(s);
      if (m) {
        // "METSYS S.A." : the lookahead stops before the abbreviation's last dot.
        const host = m[1].trim() + (/\b[A-Z]\.[A-Z]$/.test(m[1].trim()) && s[(m.index ?? 0) + m[0].length] === '.' ? '.' : '');
        report.inferred('host_organisation', host, `"${squash(s)}"`);
        return host;
      }
    }
  }
  report.missing('host_organisation');
  return undefined;
}
