/**
 * OpenPGP keys: fingerprints (40 hex digits, grouped or not), key IDs as
 * printed, user IDs and download URLs. A key ID is paired with the fingerprint
 * it is the tail of; one that is the tail of none is kept as printed and
 * reported, so the schema check names it and a person decides.
 */
import type { Report } from './report';
import type { Outline } from './sections';
import { keyText } from './lookup';
import { fold, plain, urls } from './text';

export type Key = { fingerprint: string; key_id?: string; user_id?: string; urls: string[]; location_note?: string };

const hex = (s: string) => s.replace(/^0x/i, '').replace(/[\s:]+/g, '').toUpperCase();

const FPR_LABEL = /(fingerprint|empreinte|fingerabdruck|huella(?: digital)?|finger print)/i;
const KEYID = /(?:key[ -]?id|keyid|identifiant(?: de(?: la)?)? cl[ée]|id(?:entifiant)? de (?:la )?cl[ée]|cl[ée] id|schl[üu]ssel-?id|id de (?:la )?clave|identificador de (?:la )?clave)\s*(?:\([^)]*\))?\s*[:=]?\s*((?:0x)?[0-9A-F]{4}(?:[ \u00a0]?[0-9A-F]{4}){1,9})(?![0-9A-F])/gi;
const UID = /(?:user[ -]?id|uid|identifiant utilisateur|benutzer-?(?:id|kennung)|id de usuario|identificador de usuario)\s*:\s*(.+)/i;
const KEY_URL = /\.(asc|gpg|pgp|key|pub)(\?|$)|keys\.openpgp\.org|pgp\.mit\.edu|keyserver|keys\.gnupg|pgp\.circl\.lu|openpgpkey|\/pks\/lookup|\bpgp\b|\bgpg\b|public-?key|cle-?pgp|cle-publique/i;

/** Runs of hex groups (colons, spaces, 0x, lowercase, one line break); a run that totals 40 digits (after dropping leading words) is a fingerprint. */
export function findFingerprints(text: string): { fingerprint: string; index: number; printed: string }[] {
  const found: { fingerprint: string; index: number; printed: string }[] = [];
  // Groups are separated by spaces or colons, or by one line break (a fingerprint wrapped at the end of a line).
  const run = /(?<![0-9A-Za-z])(?:0x)?[0-9A-Fa-f]{2,40}(?:(?:[ \u00a0:]{1,2}|[ \t]*\r?\n[ \t]*)[0-9A-Fa-f]{2,40})*(?![0-9A-Za-z])/g;
  for (const m of text.matchAll(run)) {
    const at = (offset: string) => (m.index ?? 0) + m[0].indexOf(offset);
    // Within one line first; across a line break only for evenly grouped digits ("C6D8\n05FC"), never a key ID and a fingerprint.
    const perLine = m[0].split(/\r?\n/).map((line) => fortyDigits(line.trim().split(/[ \u00a0:]+/)));
    const inLine = perLine.find(Boolean);
    if (inLine) {
      found.push({ fingerprint: hex(inLine), index: at(inLine.split(' ')[0]), printed: inLine });
      continue;
    }
    const groups = m[0].trim().split(/[\s\u00a0:]+/);
    const even = groups.every((g) => g.length === groups[0].length) && (groups[0].length === 4 || groups[0].length === 2);
    const wrapped = even ? fortyDigits(groups) : undefined;
    if (wrapped) found.push({ fingerprint: hex(wrapped), index: at(groups[0]), printed: wrapped });
  }
  return found;
}

/** The longest sub-run of groups that totals 40 hex digits and holds a digit, printed with single spaces. */
function fortyDigits(groups: string[]): string | undefined {
  // Words such as "de" or "face" can sit before or after the digits: try the sub-runs, longest first.
  for (let start = 0; start < groups.length; start++) {
    for (let end = groups.length; end > start; end--) {
      const printed = groups.slice(start, end).join(' ');
      if (hex(printed).length === 40 && /\d/.test(printed)) return printed;
    }
  }
  return undefined;
}

/** A URL printed with a space in its file name ("…/CERT-METSYS public.asc") is joined with %20. */
export function joinSplitUrls(text: string): { text: string; joined: string[] } {
  const joined: string[] = [];
  const out = text.replace(/(https?:\/\/[^\s<>()"']+\/[^\s<>()"'/]*) ([\w.-]+\.(?:asc|gpg|pgp|pdf|txt|key))\b/gi, (_m, a: string, b: string) => {
    joined.push(`${a} ${b}`);
    return `${a}%20${b}`;
  });
  return { text: out, joined };
}

export function extractKeys(outline: Outline, report: Report): Key[] {
  const keySection = keyText(outline, 'keys');
  const everywhere = [outline.preamble, ...outline.sections.map((s) => s.text)].join('\n\n');
  // The key section first: its fingerprints and IDs belong together; then the rest of the document.
  const source = plain(keySection ? `${keySection}\n\n${keyText(outline, 'authenticity')}\n\n${everywhere}` : everywhere);
  const keys: Key[] = [];
  const positions: number[] = [];
  for (const f of findFingerprints(source)) {
    if (keys.some((k) => k.fingerprint === f.fingerprint)) continue;
    keys.push({ fingerprint: f.fingerprint, urls: [] });
    positions.push(f.index);
  }
  for (const m of source.matchAll(/(fingerprint|empreinte|fingerabdruck|huella)\s*:?\s*((?:[0-9A-F]{2,8}[ \u00a0]?){3,12})/gi)) {
    const digits = hex(m[2]);
    if (digits.length !== 40 && digits.length >= 16) report.warn('pgp_keys', `"${m[0].trim()}" is not a 40-digit v4 fingerprint (${digits.length} hex digits)`);
  }
  const ids: { printed: string; index: number }[] = [];
  for (const m of source.matchAll(KEYID)) {
    const printed = m[1].trim();
    if (!ids.some((i) => hex(i.printed) === hex(printed))) ids.push({ printed, index: m.index ?? 0 });
  }
  for (const id of ids) {
    const digits = hex(id.printed);
    const owner = keys.find((k) => k.fingerprint.endsWith(digits));
    if (owner) {
      if (!owner.key_id) owner.key_id = id.printed;
      continue;
    }
    // Not the tail of any fingerprint: pair it with the nearest key without an ID so the schema flags it.
    let nearest = -1;
    keys.forEach((k, i) => {
      if (!k.key_id && (nearest < 0 || Math.abs(positions[i] - id.index) < Math.abs(positions[nearest] - id.index))) nearest = i;
    });
    if (nearest >= 0) {
      keys[nearest].key_id = id.printed;
      report.warn(`pgp_keys.${nearest}.key_id`, `key ID ${id.printed} is not the tail of the fingerprint ${keys[nearest].fingerprint} (its tail is ${keys[nearest].fingerprint.slice(-digits.length)}); kept as printed`);
    } else {
      report.warn('pgp_keys', `key ID ${id.printed} is printed without a fingerprint; a key needs its 40-digit fingerprint`);
    }
  }
  const uid = UID.exec(plain(keySection || everywhere));
  if (uid && keys.length) keys[0].user_id = uid[1].trim().replace(/^[-:]\s*/, '');
  const { text: joinedText, joined } = joinSplitUrls(plain(`${keySection}\n${keyText(outline, 'authenticity')}`));
  for (const j of joined) report.warn('pgp_keys.0.urls', `URL printed with a space: "${j}"; joined with %20`);
  const keyUrls = urls(joinedText).filter((u) => KEY_URL.test(u) && !/ietf\.org/.test(u));
  if (keys.length) keys[0].urls = keyUrls;
  const servers = keySection.split(/\n\s*\n/).find((p) => /(serveurs? de cl|key ?servers?|schl[üu]sselserver|servidores? de claves)/i.test(fold(p)) || /(serveurs? de cl|key ?servers?)/.test(fold(p)));
  if (servers && keys.length) keys[0].location_note = plain(servers).replace(/\s+/g, ' ').trim();

  if (!keys.length) report.missing('pgp_keys', FPR_LABEL.test(source) ? 'a fingerprint is mentioned but none of 40 hex digits could be read' : 'no OpenPGP fingerprint in the document');
  keys.forEach((k, i) => {
    report.found(`pgp_keys.${i}.fingerprint`, k.fingerprint);
    if (k.key_id && k.fingerprint.endsWith(hex(k.key_id))) report.found(`pgp_keys.${i}.key_id`, k.key_id, 'tail of the fingerprint');
    else if (!k.key_id) report.missing(`pgp_keys.${i}.key_id`, 'no key ID printed');
    if (k.user_id) report.found(`pgp_keys.${i}.user_id`, k.user_id);
    if (k.urls.length) report.found(`pgp_keys.${i}.urls`, k.urls.join(' '));
    else report.missing(`pgp_keys.${i}.urls`, 'no download URL for the key');
  });
  return keys;
}
