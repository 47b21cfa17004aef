/**
 * How to report an incident and how to exchange information: the report form
 * URL and what the document says about forms (section 6), the checklist of
 * information to give, the subject tag for urgent mail ("[URGENT]"), the
 * Traffic Light Protocol statement and, when stated, the working languages.
 */
import type { Report } from './report';
import type { Outline } from './sections';
import { keyText } from './lookup';
import { fold, isBullet, lines, plain, sentences, squash, stripBullet, urls } from './text';

export type Reporting = { form_url?: string; form_note?: string; checklist: string[] };

const FORM = /(formulaire|form\b|forms\b|formular|formulario|plateforme|platform)/;
const ASKS = /(suivant|following|folgende|siguiente|fournir|provide|include|inclure|indiquer|angeben|incluir|elements|informations? (a|to))/;

export function extractReporting(outline: Outline, report: Report): Reporting | undefined {
  const text = keyText(outline, 'forms', true);
  if (!text) {
    report.missing('reporting', 'no incident reporting forms section (6)');
    return undefined;
  }
  const out: Reporting = { checklist: [] };
  out.form_url = urls(plain(text)).find((u) => !/^mailto:/i.test(u));
  if (out.form_url) report.found('reporting.form_url', out.form_url);
  else report.missing('reporting.form_url', 'section 6 gives no form URL');
  const formSentences = sentences(plain(text)).filter((s) => FORM.test(fold(s)) && !isBullet(s));
  if (formSentences.length) {
    out.form_note = squash(formSentences.join(' '));
    report.found('reporting.form_note', out.form_note);
  }
  // The checklist: the list that follows a sentence asking for information (or the section's only list).
  const rows = lines(plain(text));
  const anyAsks = rows.some((r) => !isBullet(r) && ASKS.test(fold(r)));
  let asking = false;
  for (const row of rows) {
    if (!isBullet(row)) asking = ASKS.test(fold(row));
    else if (asking || !anyAsks) out.checklist.push(stripBullet(row).replace(/\s*;+$/, '').trim());
  }
  out.checklist = out.checklist.filter(Boolean);
  if (out.checklist.length) report.found('reporting.checklist', `${out.checklist.length} items`, out.checklist[0]);
  else report.missing('reporting.checklist', 'section 6 lists no information to give');
  return out;
}

export function extractUrgentSubject(outline: Outline, report: Report): string | undefined {
  const all = [outline.preamble, ...outline.sections.map((s) => s.text)].join('\n\n');
  for (const sentence of sentences(plain(all))) {
    const tag = /\[[^\]\n]{2,24}\]/.exec(sentence);
    if (tag && /(subject|objet|sujet|betreff|asunto|en-tete|header)/.test(fold(sentence))) {
      report.found('urgent_subject', tag[0], `"${squash(sentence)}"`);
      return tag[0];
    }
  }
  report.missing('urgent_subject', 'no subject tag for urgent e-mail');
  return undefined;
}

export function extractTlp(outline: Outline, report: Report): { version?: string; as_written: string } | undefined {
  for (const key of ['cooperation', 'communication', 'policies', 'incident-types'] as const) {
    const sentence = sentences(plain(keyText(outline, key))).find((s) => /\bTLP\b|traffic light protocol/i.test(s));
    if (sentence) {
      const version = /\bTLP\s*(?:v|version\s*)?(\d\.\d)\b/i.exec(sentence)?.[1] ?? /traffic light protocol\s*(?:v|version\s*)?(\d\.\d)/i.exec(sentence)?.[1];
      report.found('tlp', `${version ? `TLP ${version}: ` : ''}"${squash(sentence)}"`);
      return version ? { version, as_written: squash(sentence) } : { as_written: squash(sentence) };
    }
  }
  report.missing('tlp', 'no Traffic Light Protocol statement');
  return undefined;
}

const LANGUAGE_NAMES: [RegExp, string][] = [
  [/\b(francais|french|franzosisch|frances)\b/, 'fr'],
  [/\b(anglais|english|englisch|ingles)\b/, 'en'],
  [/\b(allemand|german|deutsch|aleman)\b/, 'de'],
  [/\b(espagnol|spanish|spanisch|espanol|castellano)\b/, 'es'],
  [/\b(italien|italian|italienisch|italiano)\b/, 'it'],
  [/\b(neerlandais|dutch|niederlandisch|nederlands)\b/, 'nl'],
];

export function extractLanguages(outline: Outline, report: Report): string[] | undefined {
  const all = outline.sections.map((s) => s.text).join('\n\n');
  for (const sentence of sentences(plain(all))) {
    const folded = fold(sentence);
    if (!/(langues?|languages?|sprachen?|idiomas?|lenguas?)\b/.test(folded)) continue;
    const codes = LANGUAGE_NAMES.filter(([p]) => p.test(folded)).map(([, c]) => c);
    if (codes.length) {
      report.found('languages', codes.join(', '), `"${squash(sentence)}"`);
      return codes;
    }
  }
  report.missing('languages', 'the document does not state its working languages');
  return undefined;
}
