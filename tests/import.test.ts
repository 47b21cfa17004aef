/**
 * The RFC 2350 importer (lib/import, scripts/import.ts): the five seed
 * documents against their hand-made profiles, then the edge cases with small
 * synthetic documents in tests/fixtures/import/.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stripClearsign, verifyClearsigned } from '@/lib/import/clearsign';
import { cleanText } from '@/lib/import/clean';
import { compareFacts } from '@/lib/import/compare';
import { findDates, findVersion } from '@/lib/import/dates';
import { deobfuscate } from '@/lib/import/emails';
import { extractProfile } from '@/lib/import/extract';
import { headingCandidate } from '@/lib/import/headings';
import { parseSchedule } from '@/lib/import/hours';
import { importFile, type ImportResult } from '@/lib/import/import-file';
import { findFingerprints } from '@/lib/import/keys';
import { normalisePhone } from '@/lib/import/phones';
import { pdfText } from '@/lib/import/read-input';
import { splitSections } from '@/lib/import/sections';
import { ianaTimeZone } from '@/lib/import/timezone';
import { removeToc } from '@/lib/import/toc';
import { loadTeams, parseProfile } from '@/lib/profile/load';

const ROOT = path.resolve(import.meta.dirname, '..');
const FIXTURES = path.join(import.meta.dirname, 'fixtures/import');
const fixture = (name: string) => path.join(FIXTURES, name);
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'import-test-'));

/**
 * The five seed documents, as the checkout keeps them (content/teams/<slug>/source.txt, byte for byte
 * the seeds: tests/fidelity.test.ts checks their SHA-256), copied under the name they were received with.
 */
const seedsDir = (() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seeds-'));
  const teams = path.join(ROOT, 'content/teams');
  for (const slug of fs.readdirSync(teams)) {
    const meta = JSON.parse(fs.readFileSync(path.join(teams, slug, 'source.json'), 'utf8')) as { file: string };
    fs.copyFileSync(path.join(teams, slug, 'source.txt'), path.join(dir, meta.file));
  }
  return dir;
})();

async function importFixture(name: string, extra: { keyFile?: string } = {}): Promise<ImportResult> {
  return importFile({ file: fixture(name), outDir: tmp(), ...extra });
}

type Loose = Record<string, any>;
const data = (r: ImportResult) => r.data as Loose;
const findings = (r: ImportResult, status: string, field: RegExp) => r.report.findings.filter((f) => f.status === status && field.test(f.field));

// ---------- the five seed documents ----------

const CONTACT_FACTS = ['emails', 'phones', 'fingerprints', 'key IDs', 'time zone', 'hours'];

test('each seed document imports to the contact facts of its hand-made profile, in a valid draft', async () => {
  const teams = loadTeams(path.join(ROOT, 'content'));
  const seeds = fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt'));
  assert.equal(seeds.length, 5, 'five seed documents');
  for (const seed of seeds) {
    const team = teams.find((t) => t.profile.document.source === seed);
    assert.ok(team, `a hand-made profile has document.source ${seed}`);
    const result = await importFile({ file: path.join(seedsDir, seed), outDir: tmp() });
    for (const r of compareFacts(result.data, team.profile).filter((x) => CONTACT_FACTS.includes(x.fact))) {
      assert.ok(r.ok, `${team.slug}: ${r.fact}: imported ${r.got}, hand-made ${r.expected}`);
    }
    assert.equal(result.slug, team.slug, 'the slug comes from the short or official name');
    assert.ok(result.validation.valid, `${team.slug}: draft invalid: ${result.validation.first}`);
    const parsed = parseProfile(result.target, Buffer.from(result.text));
    assert.equal(parsed.profile.document.source, seed);
    const source = fs.readFileSync(path.join(seedsDir, seed), 'utf8').replace(/\s+/g, ' ');
    for (const heading of parsed.body.split('\n').filter((l) => l.startsWith('#'))) {
      const words = heading.replace(/^#+ /, '').replace(/^(\d+(?:\.\d+)*|[a-z])\. /, '').replace(/ (\d+(?:\.\d+)*)\.$/, '');
      assert.ok(source.includes(words), `${team.slug}: the heading "${heading}" is the team's own`);
    }
  }
});

test('seed quirks: [at] in the key UID, "+ +33", and a table of contents are handled and reported', async () => {
  const metsys = await importFile({ file: path.join(seedsDir, '001_09a94c9bdd8eeeee.txt'), outDir: tmp() });
  assert.deepEqual(data(metsys).emails.map((e: Loose) => e.address), ['cert@metsys.fr']);
  assert.equal(data(metsys).telephone.numbers[0].display, '+33 1 84 19 07 27');
  assert.ok(findings(metsys, 'warning', /^emails$/).some((f) => f.detail?.includes('cert[at]metsys.fr')));
  assert.ok(findings(metsys, 'warning', /telephone/).some((f) => f.detail?.includes('+ +33 1 84 19 07 27')));
  assert.deepEqual(data(metsys).pgp_keys[0].urls, ['https://www.metsys.fr/wp-content/uploads/2023/01/CERT-METSYS%20public.asc']);
  assert.doesNotMatch(metsys.body, /TORMOLAIRE|≾|Noм/, 'table of contents and its noise are gone');
  assert.match(metsys.body, /^### COMMUNICATION 4\.2\.$/m, 'a number printed twice is kept as printed, never renumbered');
  assert.match(metsys.body, /^### MISSIONS 3\.1\.$/m, '"MISSIONS 3.1." keeps its words, case and number behind the title');

  const apixit = await importFile({ file: path.join(seedsDir, '003_0b528219fd86ab7b.txt'), outDir: tmp() });
  assert.equal(data(apixit).document.last_updated, '2025-01-09', 'the latest update date wins');
  assert.match(data(apixit).document.date_note, /20\/01\/24/, 'the other date is quoted in date_note');

  const cegedim = await importFile({ file: path.join(seedsDir, '002_2d5be65d1ddacc1d.txt'), outDir: tmp() });
  assert.match(cegedim.body, /^### 2\.5\. Adresse e-mail$/m, 'the e-mail section keeps the team\'s number 2.5');
  assert.ok(findings(cegedim, 'note', /^sections$/).some((f) => /"Adresse e-mail" \(numbered 2\.5 in the document\) fills RFC 2350 section 2\.7/.test(f.value ?? f.detail ?? '')), 'the RFC 2350 slot is metadata in the report');
  assert.match(cegedim.body, /^## 6\. LA CLAUSE DE NON-RESPONSABILITE$/m, 'the disclaimer keeps the team\'s number and words');
  assert.match(cegedim.body, /^### 2\.9\. Horaires d'ouverture$/m, 'opening hours stay where the team put them');
  assert.match(cegedim.body, /^#### a\. Surveillance/m, 'lettered items keep their letter');
  assert.match(cegedim.body, /\| 1\.0 \| 08\/05\/2025 \|/, 'the version table becomes a Markdown table');
});

// ---------- clearsigned documents ----------

test('stripClearsign drops the armor and undoes dash-escaping; plain text is left alone', () => {
  const armored = fs.readFileSync(fixture('signed-en.txt.asc'), 'utf8');
  const { text, clearsigned, armored: block } = stripClearsign(armored);
  assert.equal(clearsigned, true);
  assert.ok(block?.startsWith('-----BEGIN PGP SIGNED MESSAGE-----'));
  assert.doesNotMatch(text, /BEGIN PGP|Hash:|END PGP/);
  assert.match(text, /^- There is no distribution list\.$/m, 'a "- -" escaped line is a list item again');
  assert.deepEqual(stripClearsign('plain text\n'), { text: 'plain text\n', clearsigned: false });
});

test('a clearsigned document verifies with its key, not with another key, and not once altered', async () => {
  const armored = stripClearsign(fs.readFileSync(fixture('signed-en.txt.asc'), 'utf8')).armored!;
  const key = fs.readFileSync(fixture('signed-en-key.asc'), 'utf8');
  const good = await verifyClearsigned(armored, key);
  assert.equal(good.valid, true, good.detail);
  assert.equal(good.keyFingerprint, '7DFE668111878A637D91813385F2C5AE0E2FBA28');
  const other = await verifyClearsigned(armored, fs.readFileSync(fixture('other-key.asc'), 'utf8'));
  assert.equal(other.valid, false);
  const altered = await verifyClearsigned(armored.replace('version 2.1', 'version 2.2'), key);
  assert.equal(altered.valid, false);
  const notAKey = await verifyClearsigned(armored, 'not a key');
  assert.equal(notAKey.valid, false);
  assert.match(notAKey.detail, /not a readable OpenPGP public key/);
});

test('importing a clearsigned document with --key reports the verified signature and the key it matches', async () => {
  const result = await importFixture('signed-en.txt.asc', { keyFile: fixture('signed-en-key.asc') });
  assert.equal(result.verification?.valid, true);
  assert.ok(findings(result, 'found', /^signature$/).length === 1);
  assert.equal(findings(result, 'warning', /^signature$/).length, 0, 'the key is the one the document prints');
  assert.equal(data(result).document.signed, true);
  assert.equal(data(result).pgp_keys[0].fingerprint, '7DFE 6681 1187 8A63 7D91 8133 85F2 C5AE 0E2F BA28');
  assert.equal(data(result).hours.timezone, 'Europe/Brussels');
  assert.equal(data(result).document.version, '2.1');
  assert.ok(result.validation.valid, result.validation.first);

  const wrongKey = await importFixture('signed-en.txt.asc', { keyFile: fixture('other-key.asc') });
  assert.equal(wrongKey.verification?.valid, false);
  const warnings = findings(wrongKey, 'warning', /^signature$/).map((f) => f.detail).join('\n');
  assert.match(warnings, /NOT verified/);
  assert.match(warnings, /is not the key the document prints/);
});

// ---------- languages, numbering, obfuscation, key IDs ----------

test('German headings and wording: sections, MEZ/MESZ in Germany, Montag bis Freitag, (at) e-mail', async () => {
  const r = await importFixture('german.txt');
  const d = data(r);
  assert.equal(d.document.lang, 'de');
  assert.equal(d.country, 'DE');
  assert.equal(d.hours.timezone, 'Europe/Berlin');
  assert.deepEqual(d.hours.schedule, [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '09:00', close: '17:00' }]);
  assert.deepEqual(
    d.conditions.filter((c: Loose) => c.code === 'except-public-holidays').map((c: Loose) => c.applies_to),
    [['hours']],
    'the holiday exception is a condition on the office hours, with its sentence',
  );
  assert.match(d.conditions.find((c: Loose) => c.code === 'except-public-holidays').as_written, /Feiertag/);
  assert.deepEqual(d.telephone.numbers, [{ e164: '+493012345678', display: '+49 (0)30 12345678', use: 'main' }]);
  assert.equal(d.fax.status, 'none');
  assert.deepEqual(d.emails, [{ address: 'cert@beispiel.de', uses: ['incident-reports', 'general'] }]);
  assert.equal(d.urgent_subject, '[DRINGEND]');
  assert.equal(d.document.last_updated, '2024-03-05');
  assert.equal(d.document.version, '1.2');
  assert.deepEqual(d.name, { official: 'Beispiel Computer Emergency Response Team', short: 'Beispiel-CERT' });
  assert.match(r.body, /^## 7\. Haftungsausschluss$/m, 'a top-level section after a gap is still found');
  assert.doesNotMatch(r.body, /\.{4}/, 'the table of contents is skipped');
  assert.ok(r.validation.valid, r.validation.first);
});

test('Spanish headings and wording: Madrid time, lunes a viernes, [URGENTE], [at] and [dot], • bullets', async () => {
  const r = await importFixture('spanish.txt');
  const d = data(r);
  assert.equal(d.document.lang, 'es');
  assert.equal(d.hours.timezone, 'Europe/Madrid');
  assert.deepEqual(d.hours.schedule, [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '08:00', close: '15:00' }]);
  assert.equal(d.urgent_subject, '[URGENTE]');
  assert.deepEqual(d.emails.map((e: Loose) => e.address), ['csirt@ejemplo.es']);
  assert.equal(d.telephone.numbers[0].e164, '+34911234567');
  assert.equal(d.pgp_keys[0].key_id, '0xB73E249B2C3D542D');
  assert.equal(d.reporting.form_url, 'https://ejemplo.es/csirt/formulario');
  assert.equal(d.document.version, '3.0');
  assert.equal(d.document.last_updated, '2025-02-12');
  assert.match(r.body, /^- ID de clave: 0xB73E249B2C3D542D$/m, '• became a Markdown list item');
  assert.match(r.body, /^## 6\. FORMULARIOS$/m);
  assert.ok(r.validation.valid, r.validation.first);
});

test('numbers behind titles, a duplicated number, a dotted table of contents and PDF noise', async () => {
  const r = await importFixture('noise-fr.txt');
  const keys = r.outline.sections.map((s) => `${s.number}:${s.key ?? '?'}`);
  assert.ok(keys.includes('3.1:mission'), '"MISSIONS 3.1." is section 3.1');
  assert.ok(keys.includes('2.3:timezone'), '"FUSEAU HORAIRE 2.3." is section 2.3');
  assert.ok(keys.includes('3.3:sponsorship'), 'the second "3.2" (PARRAINAGE) becomes 3.3');
  assert.equal(r.outline.sections.filter((s) => s.key === 'document').length, 1, 'the table of contents made no section');
  assert.ok(r.report.findings.some((f) => f.field === 'sections' && /number printed behind the title/.test(f.detail ?? '')));
  const d = data(r);
  assert.equal(d.telephone.numbers[0].e164, '+33491000000');
  assert.equal(d.telephone.numbers[0].display, '+33 4 91 00 00 00', 'the stray "+ " is dropped from the display');
  assert.deepEqual(d.emails.map((e: Loose) => e.address), ['cert@exemple.fr']);
  assert.ok(findings(r, 'warning', /^emails$/).some((f) => f.detail?.includes('cert [at] exemple.fr')));
  assert.equal(d.hours.timezone, 'Europe/Paris', 'CET/CEST with a French seat');
  assert.equal(d.host_organisation, 'EXEMPLE S.A.');
  assert.deepEqual(d.memberships.map((m: Loose) => `${m.organisation}:${m.status}`), ['InterCERT France:participant']);
  assert.equal(d.document.last_updated, '2024-04-02');
  assert.match(r.body, /^- Les clients du CERT-EXEMPLE ;\n {2}- les entités du groupe\.$/m, '• and o bullets became a nested list');
  assert.doesNotMatch(r.body, /≾/);
  assert.match(r.body, /^### FUSEAU HORAIRE 2\.3\.$/m, 'headings keep the team\'s words, case and number placement');
  assert.ok(r.validation.valid, r.validation.first);
});

test('a key ID that is not the tail of its fingerprint is kept as printed, reported, and fails validation', async () => {
  const r = await importFixture('bad-key-id.txt');
  assert.equal(data(r).pgp_keys[0].key_id, '0x2C3D542E');
  const warning = findings(r, 'warning', /pgp_keys\.0\.key_id/)[0];
  assert.match(warning?.detail ?? '', /not the tail of the fingerprint .*its tail is 2C3D542D/);
  assert.equal(r.validation.valid, false);
  assert.match(r.validation.first ?? '', /profile\.md: pgp_keys\.0\.key_id: expected the tail of the fingerprint \(2C3D542D\), got 2C3D542E/);
  assert.deepEqual(r.validation.issues.map((i) => i.field), ['pgp_keys.0.key_id']);
});

test('a PDF is read through pdf.js: broken lines, no blank lines, unnumbered DISCLAIMER', async () => {
  const pdf = makePdf(fs.readFileSync(fixture('pdf-lines.txt'), 'utf8').trimEnd().split('\n'));
  const extracted = await pdfText(pdf);
  assert.equal(extracted.pages, 1);
  assert.match(extracted.text, /Fingerprint: 885D 94F0/);
  const dir = tmp();
  const file = path.join(dir, 'doc.pdf');
  fs.writeFileSync(file, pdf);
  const r = await importFile({ file, outDir: dir });
  const d = data(r);
  assert.equal(d.name.official, 'PDF-CERT');
  assert.equal(d.team_type, 'commercial');
  assert.deepEqual(d.emails.map((e: Loose) => e.address), ['pdf-cert@example.com']);
  assert.equal(d.pgp_keys[0].key_id, 'DE2F 24B1 2CCD 89AF');
  assert.deepEqual(d.hours.schedule, [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '09:00', close: '17:30' }]);
  assert.deepEqual(d.hours.around_the_clock.channels, ['phone']);
  const customers = d.conditions.find((c: Loose) => c.code === 'customers-only');
  assert.deepEqual(customers?.applies_to, ['around-the-clock'], 'who the 24/7 line is for is a condition with the words that say so');
  assert.match(customers.as_written, /customer/i);
  assert.equal(d.region, 'Auvergne-Rhône-Alpes');
  assert.match(r.body, /This document describes PDF-CERT, the commercial CSIRT of Example Ltd, as recommended/, 'a line broken mid-sentence is rejoined');
  assert.match(r.body, /^## DISCLAIMER$/m, 'an unnumbered heading stays unnumbered');
  assert.equal(d.document.source, 'doc.pdf');
  assert.ok(r.validation.valid, r.validation.first);
});

// ---------- small pieces ----------

test('phones: E.164 from national and international forms, stray plus signs, rejects non-numbers', () => {
  assert.equal(normalisePhone('0 800 100 200', 'FR'), '+33800100200');
  assert.equal(normalisePhone('+33 (0)9 71 05 77 59', undefined), '+33971057759');
  assert.equal(normalisePhone('+ +33 1 84 19 07 27', undefined), '+33184190727');
  assert.equal(normalisePhone('0049 30 12345678', undefined), '+493012345678');
  assert.equal(normalisePhone('12 34 56', 'FR'), undefined);
  assert.equal(normalisePhone('01 23 45 67 89', undefined), undefined, 'a national number needs the country');
});

test('time zones: IANA when the wording makes it certain', () => {
  assert.equal(ianaTimeZone('CET/CEST : Paris (GMT+01:00)', undefined)?.iana, 'Europe/Paris');
  assert.equal(ianaTimeZone('CET/CEST UTC+1', 'FR')?.iana, 'Europe/Paris');
  assert.equal(ianaTimeZone('CET/CEST UTC+1', undefined), undefined, 'CET alone names no single zone');
  assert.equal(ianaTimeZone('RET / UTC+4 (Meeting Time)', 'FR')?.iana, 'Indian/Reunion');
  assert.equal(ianaTimeZone('Heure de La Réunion', undefined)?.iana, 'Indian/Reunion');
  assert.equal(ianaTimeZone('Europe/Paris, UTC+1', undefined)?.iana, 'Europe/Paris');
  assert.equal(ianaTimeZone('UTC', undefined)?.certain, true);
  assert.equal(ianaTimeZone('UTC', undefined)?.iana, 'UTC');
});

test('hours: days and HH:MM in four languages; 24/7 and bare numbers are not a schedule', () => {
  const week = ['mon', 'tue', 'wed', 'thu', 'fri'];
  assert.deepEqual(parseSchedule('de 9h à 18h du lundi au vendredi'), { days: week, open: '09:00', close: '18:00' });
  assert.deepEqual(parseSchedule('from 8 a.m. to 7 p.m. from Monday to Friday'), { days: week, open: '08:00', close: '19:00' });
  assert.deepEqual(parseSchedule('Montag bis Freitag von 8:30 bis 16:45 Uhr'), { days: week, open: '08:30', close: '16:45' });
  assert.deepEqual(parseSchedule('de lunes a sábado de 9:00 a 14:00'), { days: [...week, 'sat'], open: '09:00', close: '14:00' });
  assert.deepEqual(parseSchedule('les jours ouvrés de 9h00 à 17h30'), { days: week, open: '09:00', close: '17:30' });
  assert.equal(parseSchedule('disponible 24H/24 et 7/7 par téléphone'), undefined);
  assert.equal(parseSchedule('du lundi au vendredi'), undefined, 'days without times');
  assert.equal(parseSchedule('de 9 à 18 du lundi au vendredi'), undefined, 'bare numbers are not times');
});

test('dates and versions as documents print them; impossible days are ignored', () => {
  const iso = (t: string) => findDates(t).map((d) => d.iso);
  assert.deepEqual(iso('éditée le 23/10/2023'), ['2023-10-23']);
  assert.deepEqual(iso('Date : 20/01/24'), ['2024-01-20']);
  assert.deepEqual(iso('Updated: 2023-01-20, published on January 17, 2023'), ['2023-01-20', '2023-01-17']);
  assert.deepEqual(iso('le 1er février 2024 et le 17. Januar 2023 y el 3 de mayo de 2022'), ['2024-02-01', '2023-01-17', '2022-05-03']);
  assert.deepEqual(iso('31/02/2023 et 2023-13-01'), []);
  assert.equal(findVersion('- V0.1 : 09/01/2025'), '0.1');
  assert.equal(findVersion('Versión 3.0 del 12 de febrero'), '3.0');
  assert.equal(findVersion('Version : 1.0'), '1.0');
});

test('fingerprints with or without spaces, after a hex-looking word, and only at 40 digits', () => {
  const fpr = 'ED9C60A19598EA3D3828083FB73E249B2C3D542D';
  assert.deepEqual(findFingerprints('Empreinte : ED9C 60A1 9598 EA3D 3828 083F B73E 249B 2C3D 542D').map((f) => f.fingerprint), [fpr]);
  assert.deepEqual(findFingerprints(`Fingerprint: ${fpr}`).map((f) => f.fingerprint), [fpr]);
  assert.deepEqual(findFingerprints('empreinte de ED9C 60A1 9598 EA3D 3828 083F B73E 249B 2C3D 542D').map((f) => f.fingerprint), [fpr]);
  assert.deepEqual(findFingerprints('ED9C 60A1 9598 EA3D 3828 083F B73E 249B 2C3D 54'), []);
});

test('e-mail obfuscation: [at], (at), {at}, [dot]; plain addresses untouched', () => {
  assert.equal(deobfuscate('write to cert[at]metsys.fr').text, 'write to cert@metsys.fr');
  assert.equal(deobfuscate('cert (at) example [dot] org').text, 'cert@example.org');
  assert.deepEqual(deobfuscate('csirt{at}example.com').obfuscated, ['csirt{at}example.com']);
  assert.deepEqual(deobfuscate('cert@example.org and "at" alone').obfuscated, []);
  assert.equal(deobfuscate('info [at] csirt [.] gov [.] it [.] This is an alias').text, 'info@csirt.gov.it [.] This is an alias', 'a dot before a capitalised word ends the sentence');
  assert.equal(deobfuscate('csirt [AT] uis [.] cam [.] ac [.] uk').text, 'csirt@uis.cam.ac.uk');
});

test('cleaning: bullets, look-alike letters, stray symbols, broken lines and hyphenation', () => {
  const { text, repairs } = cleanText('• one\n➤ two\n- > three\no nested\nNoм ≾\nA sentence broken\nin two, and a hyphen-\nated word.\n');
  assert.equal(text, '- one\n- two\n- three\n  - nested\nNom\nA sentence broken in two, and a hyphenated word.\n');
  assert.ok(repairs.some((r) => r.startsWith('Cyrillic look-alike')));
  assert.ok(repairs.some((r) => r.includes('≾')));
});

test('table of contents: removed with its title; a short tab table in the body stays', () => {
  const toc = removeToc('SOMMAIRE\nA PROPOS .....\t4\nContact .....\t5\nCharte .....\t7\nServices ..... 9\n\n1. A PROPOS\nVersion\tDate\n1.0\t08/05/2025\n');
  assert.equal(toc.text.trim(), '1. A PROPOS\nVersion\tDate\n1.0\t08/05/2025');
  assert.equal(toc.removed, 5);
});

test('heading candidates: in front, behind, lettered, Markdown; not addresses, versions or sentences', () => {
  assert.deepEqual(headingCandidate('2.3 FUSEAU HORAIRE', false), { markdown: undefined, number: '2.3', title: 'FUSEAU HORAIRE', caps: true });
  assert.equal(headingCandidate('MISSIONS 3.1.', false)?.number, '3.1');
  assert.equal(headingCandidate('MISSIONS 3.1.', false)?.numberBehind, true);
  assert.equal(headingCandidate('#### 5.1.1. Triage', false)?.markdown, 4);
  assert.equal(headingCandidate('a. Tests et exercices', true)?.letter, 'a');
  assert.equal(headingCandidate('1 Rue de la Paix', true), undefined);
  assert.equal(headingCandidate('Version: 1.0', true), undefined);
  assert.equal(headingCandidate('This is a sentence that ends.', true), undefined);
  assert.deepEqual(headingCandidate('2.4. Telephone Number: +34 963 985 300 (ask for CSIRT-CV)', false), {
    markdown: undefined, number: '2.4', title: 'Telephone Number', caps: false, rest: '+34 963 985 300 (ask for CSIRT-CV)',
  }, 'a heading with its text on the same line');
  assert.equal(headingCandidate('2.1. Name of the Team: Centro de Seguridad TIC de la Comunitat Valenciana (CSIRT-CV)', false)?.title, 'Name of the Team');
  assert.equal(headingCandidate('1 Note: see below', true)?.rest, undefined, 'a bare number is not enough for an inline title');
});

test('sections: unnumbered Markdown headings get RFC 2350 numbers from their words', () => {
  const outline = splitSections('# A PROPOS DU DOCUMENT\n\nx\n\n## Date de dernière mise à jour\n\ny\n\n# INFORMATIONS DE CONTACT\n\n## Zone horaire\n\nCET\n\n## DECHARGE DE RESPONSABILITE\n\nz\n');
  assert.deepEqual(
    outline.sections.map((s) => `${s.number}:${s.key}`),
    ['1:document', '1.1:last-update', '2:contact', '2.3:timezone', '7:disclaimer'],
  );
});

test('sections: a line under a heading that names the same section is its text, so later numbers are kept; inline titles keep their text', () => {
  const outline = splitSections('1. Document information\n1.1 Date of last update\n2019-06-18\n1.2 Distribution list for notifications\nThere is no distribution list for notifications as of 2018\n1.3 Locations where this document may be found\nhttps://example.org/rfc2350\n2. Contact information\n2.3 Time zone\nWe are located in the central European timezone (CET) which is GMT+0100\n2.4 Telephone number\n+33 9 72 65 58 75\n');
  assert.deepEqual(outline.sections.map((s) => `${s.number}:${s.key}`), ['1:document', '1.1:last-update', '1.2:distribution', '1.3:locations', '2:contact', '2.3:timezone', '2.4:phone']);
  assert.deepEqual(outline.notes.filter((n) => n.includes('renumbered')), []);
  assert.match(outline.sections[5].text, /central European timezone/);
  const inline = splitSections('1. About this document\n1.1. Date of Last Update: This is version 1.11, published 2017/06/07.\n2. Contact Information\n2.4. Telephone Number: +34 963 985 300 (ask for CSIRT-CV)\n');
  assert.deepEqual(inline.sections.map((s) => `${s.printed}:${s.key}:${s.text}`), ['1:document:', '1.1:last-update:This is version 1.11, published 2017/06/07.', '2:contact:', '2.4:phone:+34 963 985 300 (ask for CSIRT-CV)']);
});

test('extractProfile works on a string and leaves out what the document does not say', () => {
  const r = extractProfile('1. Document information\n\n1.1. Date of last update\n\n2024-01-01\n\n2. Contact information\n\n2.7. E-mail\n\nteam@example.org\n');
  const d = r.data as Loose;
  assert.deepEqual(d.emails, [{ address: 'team@example.org', uses: ['incident-reports', 'general'] }]);
  assert.equal(d.telephone, undefined);
  assert.equal(d.hours, undefined, 'no time zone: no hours');
  assert.ok(r.report.findings.some((f) => f.field === 'team_type' && f.status === 'missing'));
  assert.ok(r.report.findings.some((f) => f.field === 'telephone' && f.status === 'missing'));
});

test('time zone quoted as written: a bulleted zone line is quoted without the list sign', () => {
  const r = extractProfile('1. Document information\n\n1.1. Date of last update\n\n2024-01-01\n\n2. Contact information\n\n2.2. Address\n\nKarlsplatz 1\n1010 Vienna\nAustria\n\n2.3. Time zone\n\n  • CET, Central European Time (UTC+1)\n  • CEST (UTC+2)\n\n2.7. E-mail\n\nteam@example.at\n');
  const hours = (r.data as Loose).hours;
  assert.equal(hours?.timezone, 'Europe/Vienna');
  assert.equal(hours?.timezone_as_written, 'CET, Central European Time (UTC+1)');
});

// ---------- the command line ----------

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/import.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('CLI: exit 0 and a draft folder for a valid import, 1 for a written but invalid draft, 2 for bad input', () => {
  const out = tmp();
  const ok = cli(fixture('german.txt'), '--out', out);
  assert.equal(ok.status, 0, ok.stderr);
  assert.ok(fs.existsSync(path.join(out, 'beispiel-cert/profile.md')));
  assert.match(ok.stdout, /found +hours\.timezone +Europe\/Berlin/);
  assert.match(ok.stdout, /^Valid:/m);

  const again = cli(fixture('german.txt'), '--out', out);
  assert.equal(again.status, 2, 'an existing draft is not replaced without --force');
  assert.match(again.stderr, /already exists/);
  assert.equal(cli(fixture('german.txt'), '--out', out, '--force').status, 0);

  const bad = cli(fixture('bad-key-id.txt'), '--out', out, '--slug', 'mismatch');
  assert.equal(bad.status, 1);
  assert.ok(fs.existsSync(path.join(out, 'mismatch/profile.md')), 'an invalid draft is still written');
  assert.match(bad.stdout, /^INVALID: .*\n {2}\S*mismatch\/profile\.md: pgp_keys\.0\.key_id: expected the tail of the fingerprint \(2C3D542D\), got 2C3D542E$/m);

  assert.equal(cli(path.join(out, 'missing.txt')).status, 2);
  assert.equal(cli().status, 2);
  assert.equal(cli(fixture('german.txt'), '--slug', 'Not A Slug', '--out', out).status, 2);
  assert.equal(cli(fixture('german.txt'), '--colour').status, 2);
});

// ---------- helpers ----------

/** A one-page PDF (Helvetica, WinAnsi) with one text line per entry: enough for pdf.js to extract. */
function makePdf(lines: string[]): Buffer {
  const esc = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const content = `BT /F1 10 Tf 13 TL 40 800 Td ${lines.map((l) => `(${esc(l)}) Tj T*`).join(' ')} ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

test('time zones: inferred (not certain) from a single-zone country or a bare whole-hour offset; never from several zones or summer time', () => {
  assert.deepEqual(ianaTimeZone('Jakarta (GMT+07:00)', undefined), { iana: 'Asia/Jakarta', reason: '"jakarta" in the wording', certain: true });
  assert.equal(ianaTimeZone('Surabaya (GMT + 07:00)', 'ID')?.iana, 'Asia/Jakarta');
  const za = ianaTimeZone('UTC+02:00', 'ZA');
  assert.equal(za?.iana, 'Africa/Johannesburg');
  assert.equal(za?.certain, false);
  assert.equal(ianaTimeZone('UTC+03:00', 'ZA')?.iana, 'Etc/GMT-3', 'an offset that disagrees with the country falls back to the offset');
  const offset = ianaTimeZone('UTC+5', undefined);
  assert.equal(offset?.iana, 'Etc/GMT-5', 'Etc/GMT reverses the sign');
  assert.equal(offset?.certain, false);
  assert.equal(ianaTimeZone('GMT-3', undefined)?.iana, 'Etc/GMT+3');
  const paris = ianaTimeZone('UTC+1', 'FR');
  assert.deepEqual([paris?.iana, paris?.certain], ['Europe/Paris', false], 'France has several zones: the mainland one when the offset agrees, as CHECK');
  assert.equal(ianaTimeZone('UTC-4', 'FR')?.iana, 'Etc/GMT+4', 'an offset the mainland does not use stays an offset');
  assert.equal(ianaTimeZone('Portugal/WEST (GMT+0, GMT+1 in Summer Time)', 'PT')?.iana, 'Europe/Lisbon');
  assert.equal(ianaTimeZone('UTC+0100 in winter and UTC+0200 in summer ( DST)', 'ES')?.iana, 'Europe/Madrid');
  assert.equal(ianaTimeZone('Afrique de l’Ouest, GMT+01 pendant toute l’année.', 'BJ')?.iana, 'Africa/Porto-Novo', 'a country with one zone rather than a bare offset');
  assert.equal(ianaTimeZone('UTC+5:30', undefined), undefined, 'no Etc zone for a half-hour offset');
  assert.equal(ianaTimeZone('GMT/UTC (GMT/UTC+0100 in Summer Time)', undefined), undefined);
  assert.equal(ianaTimeZone('EST/EDT, CST/CDT, MST/MDT, PST/PDT', 'US'), undefined);
});
