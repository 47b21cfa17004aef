import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkTeamFolder } from '@/lib/fidelity/team';
import { formatFinding, type Finding } from '@/lib/fidelity/check';
import { contentDir } from '@/lib/profile/load';
import { quotedFields } from '@/lib/fidelity/quote-fields';
import matter from 'gray-matter';

const FIXTURE = path.resolve('tests/fixtures/fidelity/team');

/** A copy of the fixture team with its profile.md edited by `edit` (each edit must change the file). */
function teamWith(edits: [string, string][]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fidelity-'));
  for (const name of fs.readdirSync(FIXTURE)) fs.copyFileSync(path.join(FIXTURE, name), path.join(dir, name));
  const file = path.join(dir, 'profile.md');
  let text = fs.readFileSync(file, 'utf8');
  for (const [from, to] of edits) {
    assert.ok(text.includes(from), `fixture edit not applicable: ${from}`);
    text = text.replace(from, to);
  }
  fs.writeFileSync(file, text);
  return dir;
}

const messages = (findings: Finding[]) => findings.map(formatFinding).join('\n');

function expectOne(edits: [string, string][], field: RegExp, message: RegExp) {
  const findings = checkTeamFolder(teamWith(edits));
  assert.equal(findings.length, 1, `expected one finding, got:\n${messages(findings)}`);
  assert.match(findings[0].field, field);
  assert.match(findings[0].message, message);
  assert.match(formatFinding(findings[0]), /profile\.md: /);
}

test('the fixture team is faithful to its document', () => {
  assert.deepEqual(checkTeamFolder(FIXTURE), []);
});

test('a paraphrased quote is refused with the field and the closest passage', () => {
  expectOne(
    [['  as_written: Monday to Friday, 9:00 to 17:00.', '  as_written: Open on weekdays from 9:00 to 17:00.']],
    /^hours\.as_written$/,
    /quote is not in the document.*closest passage: "[^"]*Monday to Friday, 9:00/,
  );
});

test('a splice without an elision mark is refused; the same pieces joined by … pass', () => {
  const splice = 'The team serves: Customers with a service contract. Internal entities. […] no\n    direct support is given to end users.';
  expectOne([[splice, 'The team serves: Customers with a service contract. Internal entities. No direct support is given to end users.']], /^constituency\.as_written$/, /not in the document/);
  assert.deepEqual(checkTeamFolder(teamWith([[splice, 'The team serves: … Internal entities. … no direct support is given to end users.']])), []);
});

test('a renumbered heading is refused with the closest line of the document', () => {
  const findings = checkTeamFolder(teamWith([['### 2.5 E-mail address', '### 2.7 E-mail address']]));
  const heading = findings.find((f) => /^body line \d+$/.test(f.field));
  assert.ok(heading, messages(findings));
  assert.match(heading.message, /heading "2\.7 E-mail address" is not a heading of the document.*closest line: "2\.5 E-mail address"/);
  // The e-mail's provenance ("2.5") now names no heading of the body either.
  assert.ok(findings.some((f) => f.field === 'emails[0].section'), messages(findings));
});

test('a rewritten cross-reference is refused', () => {
  expectOne([['given in sections 2.4 and 2.5 to', 'given in sections 2.4 and 2.7 to']], /^body$/, /reads "sections 2\.4 and 2\.7" where the document reads "sections 2\.4 and 2\.5"/);
});

test('an invented phone number is refused (digits compared, spacing aside)', () => {
  const findings = checkTeamFolder(teamWith([['display: "+33 1 23 45 67 89"', 'display: "+33 1 23 45 67 00"']]));
  assert.ok(findings.some((f) => f.field === 'telephone.numbers[0].display' && /phone \+33 1 23 45 67 00 does not occur/.test(f.message)), messages(findings));
  // Regrouped digits are the same number (no phone finding), though the display is no longer as printed (a quote finding).
  const regrouped = checkTeamFolder(teamWith([['display: "+33 1 23 45 67 89"', 'display: "+33 123 456 789"']]));
  assert.deepEqual(regrouped.filter((f) => f.message.startsWith('phone ')), []);
  assert.ok(regrouped.some((f) => f.field === 'telephone.numbers[0].display' && f.message.startsWith('quote ')), messages(regrouped));
});

test('a 24/7 channel or kind its words do not name is refused', () => {
  expectOne([['    channels: [email]\n', '    channels: [email, phone]\n']], /^hours\.around_the_clock\.channels$/, /names phone for the 24\/7 arrangement, but its words do not name that channel/);
  expectOne([['    channels: [email]\n', '    kind: qualification\n    channels: [email]\n']], /^hours\.around_the_clock\.kind$/, /only requests are qualified 24\/7, but no intervention-delay condition/);
});

test('a phone called an emergency line with nothing in the document to say so is refused', () => {
  expectOne([['      use: main', '      use: emergency']], /^telephone\.numbers\[0\]\.use$/, /emergency line, but neither its note, a condition applying to phone, nor a 24\/7 arrangement by phone/);
});

test('a requirement whose words do not say it is refused, and one that does passes', () => {
  const requirement = (code: string) => [['conditions:\n', `requirements:\n  - code: ${code}\n    as_written: Customers must use the channels given in sections 2.4 and 2.5 to contact the team.\n    section: "2.11"\nconditions:\n`]] as [string, string][];
  expectOne(requirement('encrypt-sensitive'), /^requirements\[0\]$/, /encrypt-sensitive requirement whose words do not say so/);
  assert.deepEqual(checkTeamFolder(teamWith(requirement('customers-use-contract-channel'))), []);
});

test('a constituency qualifier the team did not write is refused', () => {
  expectOne([['  customers_only: true\n', '  customers_only: true\n  tags_qualifier: mainly\n']], /^constituency\.tags_qualifier$/, /"mainly", but constituency\.as_written has no such word/);
});

test('the derived layer: a country the document does not name must be declared derived, and a declared one must not be named', () => {
  expectOne([['derived:\n  - field: country\n    from: phone-prefix\n', '']], /^country$/, /"FR" is not named in the document: declare it in derived/);
  expectOne([['country: FR\n', 'country: FR\nregion: Bretagne\n']], /^region$/, /"Bretagne" is not named in the document/);
});

test('a condition without its quote in the document is refused', () => {
  expectOne([['  - code: critical-incidents-only\n    applies_to: [around-the-clock]\n    as_written: >-\n      Outside these hours, an on-call service is available for critical incidents\n      reported to cert@example.org', '  - code: critical-incidents-only\n    applies_to: [around-the-clock]\n    as_written: Only critical incidents are handled at night.']], /^conditions\[0\]\.as_written$/, /not in the document/);
});

test('a holiday exception whose words name no holiday, or on a 24/7 arrangement the profile does not have, is refused', () => {
  const holiday = (scope: string, words: string) => [['conditions:\n', `conditions:\n  - code: except-public-holidays\n    applies_to: [${scope}]\n    as_written: ${words}\n    section: "2.9"\n`]] as [string, string][];
  expectOne(holiday('hours', 'Monday to Friday, 9:00 to 17:00.'), /^conditions\[0\]$/, /except-public-holidays condition whose words name no public holiday/);
  const noAtc: [string, string] = ['  around_the_clock:\n    channels: [email]\n    as_written: >-\n      Outside these hours, an on-call service is available for critical incidents\n      reported to cert@example.org\n', ''];
  const findings = checkTeamFolder(teamWith([...holiday('around-the-clock', 'Monday to Friday, 9:00 to 17:00.'), noAtc]));
  assert.ok(findings.some((f) => f.field === 'conditions[0].applies_to' && /24\/7 arrangement the profile does not describe/.test(f.message)), messages(findings));
});

test('a section that is not a heading of the body is refused', () => {
  expectOne([['    section: "2.5"', '    section: "2.7"']], /^emails\[0\]\.section$/, /names section "2\.7", which is not a heading/);
});

test('an invented e-mail address and key URL are refused', () => {
  const findings = checkTeamFolder(teamWith([['  - address: cert@example.org', '  - address: soc@example.org']]));
  assert.ok(findings.some((f) => f.field === 'emails[0].address' && /email soc@example\.org does not occur/.test(f.message)), messages(findings));
});

test('the five real profiles are faithful to their documents', () => {
  const teams = path.join(contentDir(), 'teams');
  const slugs = fs.readdirSync(teams).filter((n) => fs.statSync(path.join(teams, n)).isDirectory());
  assert.ok(slugs.length >= 5);
  for (const slug of slugs) assert.deepEqual(checkTeamFolder(path.join(teams, slug)).map(formatFinding), [], slug);
});

test('each real source.txt is the document as received: its SHA-256 is the one source.json recorded (and the seed\'s, when the seeds are beside the checkout)', () => {
  const teams = path.join(contentDir(), 'teams');
  const seeds = ['../shared/seeds', '../../shared/seeds'].map((d) => path.resolve(d)).find((d) => fs.existsSync(d));
  const slugs = fs.readdirSync(teams);
  assert.ok(slugs.length >= 5);
  for (const slug of slugs) {
    const meta = JSON.parse(fs.readFileSync(path.join(teams, slug, 'source.json'), 'utf8')) as { file: string; sha256?: string };
    assert.match(meta.sha256 ?? '', /^[0-9a-f]{64}$/, `${slug}: source.json records the SHA-256 of the document`);
    const bytes = fs.readFileSync(path.join(teams, slug, 'source.txt'));
    assert.equal(createHash('sha256').update(bytes).digest('hex'), meta.sha256, slug);
    if (seeds) assert.ok(bytes.equals(fs.readFileSync(path.join(seeds, meta.file))), `${slug}: the seed ${meta.file}`);
  }
});

test('a source.txt changed after it was received is refused with both hashes', () => {
  const dir = teamWith([]);
  const meta = JSON.parse(fs.readFileSync(path.join(dir, 'source.json'), 'utf8'));
  fs.writeFileSync(path.join(dir, 'source.json'), JSON.stringify({ ...meta, sha256: createHash('sha256').update(fs.readFileSync(path.join(dir, 'source.txt'))).digest('hex') }));
  assert.deepEqual(checkTeamFolder(dir), [], 'the recorded hash matches');
  fs.appendFileSync(path.join(dir, 'source.txt'), 'An added sentence.\n');
  assert.throws(() => checkTeamFolder(dir), /source\.txt: its SHA-256 is [0-9a-f]{64}, not the [0-9a-f]{64} recorded in source\.json/);
});

test('the quoted fields are found from the schema\'s descriptions, and only those', () => {
  const frontmatter = matter(fs.readFileSync(path.join(FIXTURE, 'profile.md'), 'utf8')).data;
  const fields = quotedFields(frontmatter).map((q) => q.field);
  for (const f of ['hours.as_written', 'hours.around_the_clock.as_written', 'telephone.numbers[0].display', 'constituency.as_written', 'conditions[0].as_written']) assert.ok(fields.includes(f), f);
  for (const f of ['name.official', 'document.version', 'emails[0].address', 'emails[0].section']) assert.ok(!fields.includes(f), f);
});

test('a team folder without its document, or with an invalid source.json, is refused by name', () => {
  const noText = teamWith([]);
  fs.rmSync(path.join(noText, 'source.txt'));
  assert.throws(() => checkTeamFolder(noText), /source\.txt: missing/);
  const badMeta = teamWith([]);
  fs.writeFileSync(path.join(badMeta, 'source.json'), JSON.stringify({ file: 'source.txt', origin: 'x', obtained: '2 Dec 2026' }));
  assert.throws(() => checkTeamFolder(badMeta), /source\.json: obtained: expected a date written YYYY-MM-DD/);
});
