/**
 * Facts about the RFC 2350 document itself (section 1 and the cover page):
 * language, date of last update (the latest date the document gives for it,
 * with a note quoting every candidate when they disagree), version, where it
 * is published, whether it says it is signed, and the distribution list.
 */
import 'server-only';
import { franc } from 'franc-min';
import { findDates, findVersion, type FoundDate } from './dates';
import type { Report } from './report';
import type { Outline, Section } from './sections';
import { keyText, sectionByKey } from './lookup';
import { fold, lines, plain, squash, stripBullet, urls } from './text';

export type DocumentFacts = {
  lang?: string;
  version?: string;
  last_updated?: string;
  date_note?: string;
  locations: string[];
  signed: boolean;
  distribution?: string;
};

/** Languages the detector may answer, ISO 639-3 (franc) -> ISO 639-1 (profile). */
const LANGUAGES: Record<string, string> = {
  eng: 'en', fra: 'fr', deu: 'de', spa: 'es', por: 'pt', ita: 'it', nld: 'nl', ind: 'id', pol: 'pl', ces: 'cs', slk: 'sk', swe: 'sv',
  dan: 'da', nob: 'no', fin: 'fi', ron: 'ro', hun: 'hu', tur: 'tr', ell: 'el', bul: 'bg', hrv: 'hr', slv: 'sl', ukr: 'uk', rus: 'ru',
  jpn: 'ja', kor: 'ko', vie: 'vi', tha: 'th', arb: 'ar', heb: 'he', zlm: 'ms',
};

/** The document's language (ISO 639-1) by trigram statistics (franc), OpenPGP blocks and URLs left out. */
export function detectLanguage(text: string): string | undefined {
  const prose = text
    .replace(/-----BEGIN PGP[\s\S]*?-----END PGP[^-]*-----/g, ' ')
    .replace(/\b(?:https?:\/\/|www\.)\S+|\S+@\S+/g, ' ')
    .replace(/[A-Za-z0-9+/=]{30,}/g, ' ');
  const code = franc(prose, { minLength: 20, only: Object.keys(LANGUAGES) });
  return LANGUAGES[code];
}

const UPDATE_WORDS = /(mise a jour|mis a jour|derniere modification|modifi|update|last|aktualisier|stand|actualiz|publi|edit|date)/;

type Candidate = FoundDate & { where: string; line: string; section?: Section };

function dateCandidates(outline: Outline): Candidate[] {
  const out: Candidate[] = [];
  const scan = (text: string, where: string, filter: (line: string) => boolean, section?: Section) => {
    const rows = text.split('\n');
    rows.forEach((line, i) => {
      // A date alone under its label ("Date :" / "20/01/24") belongs to the label's line.
      const label = rows[i - 1] && !findDates(rows[i - 1]).length ? `${rows[i - 1]} ${line}` : line;
      if (!filter(fold(label))) return;
      for (const d of findDates(line)) out.push({ ...d, where, line: squash(plain(stripBullet(line))), section });
    });
  };
  const lastUpdate = sectionByKey(outline, 'last-update');
  if (lastUpdate) scan(lastUpdate.text, `section ${lastUpdate.number}`, () => true, lastUpdate);
  const ident = sectionByKey(outline, 'identification');
  if (ident) scan(ident.text, `section ${ident.number}`, (l) => UPDATE_WORDS.test(l) && !/(expir|valid|gultig|vigencia)/.test(l), ident);
  scan(outline.preamble, 'the cover page', (l) => !/(expir|valid|copyright|©)/.test(l));
  return out;
}

/** The version cell of a tab-separated history table ("Version\tDate\t…" / "1.0\t08/05/2025\t…"). */
function versionFromTable(section: Section | undefined, line: string): string | undefined {
  if (!section) return undefined;
  const rows = section.text.split('\n');
  const header = rows.find((r) => r.includes('\t') && /\bversion\b/i.test(r));
  const row = rows.find((r) => squash(plain(stripBullet(r))) === line && r.includes('\t'));
  if (!header || !row) return undefined;
  const col = header.split(/\t+/).findIndex((c) => /^version$/i.test(c.trim()));
  const cell = row.split(/\t+/)[col]?.trim();
  return cell && /^v?\d+(\.\d+)*$/i.test(cell) ? cell.replace(/^v/i, '') : undefined;
}

export function extractDocumentFacts(outline: Outline, clearsigned: boolean, report: Report): DocumentFacts {
  const all = [outline.preamble, ...outline.sections.map((s) => `${s.title}\n${s.text}`)].join('\n');
  const facts: DocumentFacts = { locations: [], signed: false };

  facts.lang = detectLanguage(all);
  if (facts.lang) report.found('document.lang', facts.lang, 'detected by trigram statistics (franc)');
  else report.missing('document.lang', 'could not tell the language (required: ISO 639-1 code)');

  const candidates = dateCandidates(outline);
  if (candidates.length) {
    const latest = candidates.reduce((a, b) => (b.iso > a.iso ? b : a));
    facts.last_updated = latest.iso;
    report.found('document.last_updated', latest.iso, `${latest.where}: "${latest.line}"`);
    const distinct = [...new Set(candidates.map((c) => c.iso))];
    if (distinct.length > 1) {
      const quotes = [...new Map(candidates.map((c) => [`${c.where}|${c.line}`, c])).values()].map((c) => `${c.where} says "${c.line}"`);
      facts.date_note = `${quotes.join('; ')}.`.replace(/^./, (c) => c.toUpperCase());
      report.warn('document.last_updated', `the document gives ${distinct.length} dates (${distinct.join(', ')}); the latest is used, see date_note`);
    }
    facts.version = findVersion(latest.line) ?? versionFromTable(latest.section, latest.line);
  } else {
    report.missing('document.last_updated', 'no date of last update found (required)');
  }
  const versions = [keyText(outline, 'last-update'), keyText(outline, 'identification'), outline.preamble]
    .flatMap((t) => lines(t).map(findVersion))
    .filter((v): v is string => Boolean(v));
  facts.version ??= versions[0];
  if (facts.version) {
    report.found('document.version', facts.version);
    const others = [...new Set(versions)].filter((v) => v !== facts.version);
    if (others.length) report.warn('document.version', `the document also gives version ${others.join(', ')}`);
  } else report.missing('document.version');

  facts.locations = urls(plain(keyText(outline, 'locations'))).filter((u) => !/ietf\.org/.test(u));
  if (facts.locations.length) report.found('document.locations', facts.locations.join(' '));
  else report.missing('document.locations', keyText(outline, 'locations') ? 'the section names no URL (a link target may have been lost in extraction)' : 'no "where to find this document" section');

  const auth = fold(plain(keyText(outline, 'authenticity') || keyText(outline, 'document', true)));
  const says = /(sign[ée]|signed|signiert|firmad|signature)/.test(auth) && !/(not signed|n'est pas sign|pas signe|nicht signiert|no (esta|está) firmado|unsigned)/.test(auth);
  facts.signed = clearsigned || says;
  report.found('document.signed', String(facts.signed), clearsigned ? 'the input is clearsigned' : says ? 'section 1.4 says it is signed' : 'section 1.4 does not say it is signed');

  const dist = keyText(outline, 'distribution');
  if (dist) {
    facts.distribution = squash(plain(lines(dist).map(stripBullet).join('\n')));
    report.found('document.distribution', facts.distribution);
  } else report.missing('document.distribution');
  return facts;
}
