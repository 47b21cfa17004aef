/**
 * E-mail addresses: finds them anywhere in the document, undoes "[at]" /
 * "(at)" / "[dot]" obfuscation (and says so), and gives each address its uses
 * from the words around it and the section it sits in.
 */
import { EMAIL_USES } from '../profile/vocabulary';
import type { EmailUse } from './profile-types';
import type { Report } from './report';
import type { Outline } from './sections';
import type { OutlineKey } from './outline';
import { fold, plain, sentences } from './text';

export type { EmailUse };
export type Email = { address: string; uses: EmailUse[] };

const AT = /\s*(?:\[\s*(?:at|@|arobase)\s*\]|\(\s*(?:at|@|arobase)\s*\)|\{\s*(?:at|@)\s*\}|<\s*at\s*>)\s*/gi;
const DOT = /\s*(?:\[\s*(?:dot|point|punkt|\.)\s*\]|\(\s*(?:dot|point|punkt|\.)\s*\))\s*/gi;
const SENTENCE_DOT = /\s*[[(]\s*(?:dot|DOT|point|\.)\s*[\])]\s*(?=[A-Z][a-z])/;
const ADDRESS = /(?<![A-Za-z0-9._%+/=-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** Replaces obfuscated "@" and "." between address-like words; returns the obfuscated forms met. */
export function deobfuscate(text: string): { text: string; obfuscated: string[] } {
  const obfuscated: string[] = [];
  const pattern = new RegExp(`[A-Za-z0-9._%+-]+(?:${AT.source})[A-Za-z0-9-]+(?:(?:\\.|${DOT.source})[A-Za-z0-9-]+)+`, 'gi');
  const out = text.replace(pattern, (m) => {
    // An obfuscated dot before a capitalised word ("it [.] This is …") ends the sentence, not the domain.
    const stop = m.search(SENTENCE_DOT);
    const address = stop > 0 ? m.slice(0, stop) : m;
    obfuscated.push(address.trim());
    return address.replace(AT, '@').replace(DOT, '.') + (stop > 0 ? m.slice(stop) : '');
  });
  return { text: out, obfuscated };
}

const INCIDENT = /incident|signal|report|declar|urgen|notif|vorfall|meld|sicherheitsvorf|incidente|reportar|alerte|alert|securite|security/;
const GENERAL = /general|question|demande|information|request|allgemein|anfrage|consulta|contact/;
const UPDATES = /mise a jour|mises a jour|modification|update|change|aktualisier|anderung|actualizac/;
const DOC_SECTIONS: OutlineKey[] = ['document', 'last-update', 'distribution', 'locations', 'authenticity', 'identification'];

type Occurrence = { address: string; key?: OutlineKey; context: string };

function occurrences(outline: Outline, report: Report): Occurrence[] {
  const found: Occurrence[] = [];
  const parts: { key?: OutlineKey; text: string }[] = [{ text: outline.preamble }, ...outline.sections.map((s) => ({ key: s.key, text: s.text }))];
  for (const part of parts) {
    const { text, obfuscated } = deobfuscate(plain(part.text));
    for (const o of obfuscated) report.warn('emails', `written obfuscated as "${o}"; read as ${o.replace(AT, '@').replace(DOT, '.')}`);
    for (const sentence of sentences(text)) {
      for (const m of sentence.matchAll(ADDRESS)) {
        const [local, domain] = m[0].replace(/\.$/, '').split('@');
        found.push({ address: `${local}@${domain.toLowerCase()}`, key: part.key, context: fold(sentence.replace(m[0], ' ')) });
      }
    }
  }
  return found;
}

export function extractEmails(outline: Outline, report: Report): Email[] {
  const occ = occurrences(outline, report);
  const addresses = [...new Set(occ.map((o) => o.address))];
  if (!addresses.length) {
    report.missing('emails', 'no e-mail address in the document (the schema needs at least one)');
    return [];
  }
  const inEmailSection = new Set(occ.filter((o) => o.key === 'email').map((o) => o.address));
  const emails = addresses.map((address) => {
    const mine = occ.filter((o) => o.address === address);
    const uses = new Set<EmailUse>();
    for (const o of mine) {
      const contact = o.key === 'email' || o.key === 'points-of-contact' || o.key === 'forms' || o.key === 'phone' || o.key === 'hours';
      if (contact && INCIDENT.test(o.context) && !/^pour les demandes|^for general/.test(o.context)) uses.add('incident-reports');
      if (contact && GENERAL.test(o.context) && !INCIDENT.test(o.context)) uses.add('general');
      if ((o.key && DOC_SECTIONS.includes(o.key)) || UPDATES.test(o.context)) uses.add('document-updates');
    }
    // The only address of the e-mail section (or of the document) serves every purpose the document gives it.
    const sole = addresses.length === 1 || (inEmailSection.size === 1 && inEmailSection.has(address));
    if (sole) {
      uses.add('incident-reports');
      uses.add('general');
    }
    const keyOnly = mine.every((o) => o.key === 'keys');
    if (!uses.has('incident-reports') && !uses.has('general')) uses.add('general');
    const ordered = EMAIL_USES.filter((u) => uses.has(u));
    if (keyOnly && addresses.length > 1) report.inferred('emails', address, 'appears only in a key user ID; check it is a contact address');
    return { address, uses: ordered };
  });
  emails.sort((a, b) => Number(b.uses.includes('incident-reports')) - Number(a.uses.includes('incident-reports')));
  for (const e of emails) report.found('emails', `${e.address} [${e.uses.join(', ')}]`);
  return emails;
}
