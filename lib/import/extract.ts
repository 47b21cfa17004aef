/**
 * Turns the text of an RFC 2350 document into draft profile data, a body and
 * a report: armor stripped, noise cleaned, sections found, then each fact
 * extractor run in the order of the profile's fields. Pure and synchronous
 * (reading files and verifying signatures happen around it) so tests can
 * feed it strings.
 */
import 'server-only';
import { formatFingerprint } from '../keys/fingerprint';
import { renderBody } from './body';
import { stripClearsign } from './clearsign';
import { cleanText } from './clean';
import { extractConstituency, extractMemberships } from './constituency';
import { extractDocumentFacts } from './document-facts';
import { extractEmails } from './emails';
import { extractHours } from './hours';
import { extractAddress, extractHost, extractNames, extractWebsite, inferCountry } from './identity';
import { extractKeys } from './keys';
import { extractFax, extractTelephone } from './phones';
import { frenchRegion } from './regions';
import { Report } from './report';
import { extractLanguages, extractReporting, extractTlp, extractUrgentSubject } from './reporting';
import { keyText } from './lookup';
import { splitSections, type Outline } from './sections';
import { plain, squash } from './text';
import { extractMembers, extractOtherChannels, inferTeamType } from './team';
import { restoreLineBreaks } from './inline-sections';
import { slotNotes } from './slots';
import { ianaTimeZone } from './timezone';

export type ImportOptions = {
  /** File name recorded as document.source. */
  source?: string;
  /** Page count when the text came from a PDF: enables running header/footer removal. */
  pdfPages?: number;
  /** The text came from an HTML page (its headings are marked "## …"). */
  html?: boolean;
};

export type Extraction = {
  /** Frontmatter data in the schema's field order; fields the importer could not fill are absent. */
  data: Record<string, unknown>;
  body: string;
  report: Report;
  outline: Outline;
  clearsigned: boolean;
  /** The armored message, for signature verification. */
  armored?: string;
};

/** Drops undefined values and empty arrays (the schema defaults them) so the YAML holds only what was found. */
function compact<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))) as T;
}

export function extractProfile(raw: string, options: ImportOptions = {}, report = new Report()): Extraction {
  const unarmored = stripClearsign(raw);
  if (unarmored.clearsigned) report.note('input', 'clearsigned document: OpenPGP armor stripped');
  const inline = restoreLineBreaks(unarmored.text);
  if (inline.count) report.note('sections', `line breaks lost: ${inline.count} RFC 2350 headings found inline and put back on their own lines`);
  const cleaned = cleanText(inline.text, { pages: options.pdfPages });
  for (const repair of cleaned.repairs) report.note('cleaning', repair);
  // An HTML page that marks its headings (<h1>–<h6>, here "## …") says which lines are headings; a paragraph is never one.
  const marked = Boolean(options.html) && (cleaned.text.match(/^#{1,6} \S/gm) ?? []).length >= 5;
  const found = splitSections(cleaned.text, { markedHeadingsOnly: marked });
  const outline: Outline = found;
  if (outline.tocLinesRemoved) report.note('sections', `table of contents skipped (${outline.tocLinesRemoved} lines)`);
  report.note('sections', `${outline.sections.length} sections found; RFC 2350 slots recognised: ${outline.sections.filter((s) => s.key).length}`);
  for (const n of outline.notes) report.note('sections', n);
  for (const n of slotNotes(outline.sections)) report.note('sections', n);
  const unnamed = ['name', 'address', 'timezone', 'phone', 'email', 'keys', 'constituency'].filter((k) => !outline.sections.some((s) => s.key === k));
  if (unnamed.length) report.warn('sections', `no section recognised for: ${unnamed.join(', ')} (facts searched elsewhere where possible)`);

  const names = extractNames(outline, report);
  const team_type = inferTeamType(outline, names?.official, report);
  const { address, city } = extractAddress(outline, report);
  const international = extractTelephone(outline, undefined, new Report())?.numbers.map((n) => n.e164) ?? [];
  const domains = extractEmails(outline, new Report()).map((e) => e.address.split('@')[1]);
  const country = inferCountry(address, international, report, domains);
  const region = frenchRegion(address, country);
  if (region) report.inferred('region', region.region, `postal code ${region.postcode}`);
  else report.missing('region');
  const host_organisation = extractHost(outline, report);
  const website = extractWebsite(outline, report);
  const telephone = extractTelephone(outline, country, report);
  const fax = extractFax(outline, country, report);
  const other_channels = extractOtherChannels(outline, report);
  const emails = extractEmails(outline, report);
  const pgp_keys = extractKeys(outline, report).map((k) =>
    compact({ fingerprint: formatFingerprint(k.fingerprint), key_id: k.key_id, user_id: k.user_id, urls: k.urls, location_note: k.location_note }),
  );

  // The zone's first line, without the list sign the cleaner put for a bullet ("• CET, …" became "- CET, …").
  const tzWritten = squash((plain(keyText(outline, 'timezone')).split('\n')[0] ?? '').replace(/^\s*[-*]\s+/, ''));
  const tz = tzWritten ? ianaTimeZone(tzWritten, country) : undefined;
  const hoursFacts = extractHours(outline, report);
  let hours: Record<string, unknown> | undefined;
  if (tz) {
    if (tz.certain) report.found('hours.timezone', tz.iana, `${tz.reason}; as written "${tzWritten}"`);
    else report.inferred('hours.timezone', tz.iana, `${tz.reason}; as written "${tzWritten}"`);
    hours = compact({
      timezone: tz.iana,
      timezone_as_written: tzWritten,
      schedule: hoursFacts?.schedule ?? [],
      as_written: hoursFacts?.as_written,
      around_the_clock: hoursFacts?.around_the_clock ? compact(hoursFacts.around_the_clock) : undefined,
    });
  } else {
    report.missing('hours.timezone', tzWritten ? `"${tzWritten}" does not name one IANA zone with certainty; hours left out` : 'no time zone section; hours left out');
  }

  const urgent_subject = extractUrgentSubject(outline, report);
  const members = extractMembers(outline, report);
  const constituency = extractConstituency(outline, country, report);
  const memberships = extractMemberships(outline, report);
  // Conditions on the hours and the 24/7 arrangement travel only with the hours they limit.
  const conditions = hours && hoursFacts?.conditions.length ? hoursFacts.conditions : undefined;
  const languages = extractLanguages(outline, report);
  const tlp = extractTlp(outline, report);
  const reporting = extractReporting(outline, report);
  const doc = extractDocumentFacts(outline, unarmored.clearsigned, report);

  const data = compact({
    name: names ? compact(names) : undefined,
    team_type,
    country,
    region: region?.region,
    city,
    host_organisation,
    website,
    address,
    telephone: telephone ? compact(telephone) : undefined,
    fax: fax ? compact(fax) : undefined,
    other_channels,
    emails,
    pgp_keys,
    hours,
    conditions,
    urgent_subject,
    members: members ? compact(members) : undefined,
    constituency: constituency ? compact(constituency) : undefined,
    memberships,
    languages,
    tlp,
    reporting: reporting ? compact({ form_url: reporting.form_url, form_note: reporting.form_note, checklist: reporting.checklist }) : undefined,
    document: compact({
      lang: doc.lang,
      version: doc.version,
      last_updated: doc.last_updated,
      date_note: doc.date_note,
      locations: doc.locations,
      signed: doc.signed,
      distribution: doc.distribution,
      source: options.source,
    }),
  });
  const body = renderBody(outline.sections);
  return { data, body, report, outline, clearsigned: unarmored.clearsigned, armored: unarmored.armored };
}
