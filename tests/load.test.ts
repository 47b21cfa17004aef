import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadTeams, ProfileError } from '@/lib/profile/load';

const VALID = fs.readFileSync(path.join(import.meta.dirname, 'fixtures/valid/teams/test-cert/profile.md'), 'utf8');

/** Writes a content folder with the given team folders and returns its path. */
function contentWith(teams: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csirt-content-'));
  for (const [slug, text] of Object.entries(teams)) {
    fs.mkdirSync(path.join(dir, 'teams', slug), { recursive: true });
    fs.writeFileSync(path.join(dir, 'teams', slug, 'profile.md'), text);
  }
  return dir;
}

function loadError(teams: Record<string, string | Buffer>): ProfileError {
  try {
    loadTeams(contentWith(teams));
  } catch (error) {
    assert.ok(error instanceof ProfileError, `expected a ProfileError, got ${error}`);
    return error;
  }
  assert.fail('expected the content to be rejected');
}

function edit(from: string | RegExp, to: string): string {
  const out = VALID.replace(from, to);
  assert.notEqual(out, VALID, `fixture edit did not apply: ${from}`);
  return out;
}

test('the valid fixture loads with normalised facts', () => {
  const [team] = loadTeams(contentWith({ 'test-cert': VALID }));
  assert.equal(team.slug, 'test-cert');
  assert.equal(team.profile.pgp_keys[0].fingerprint, 'ED9C60A19598EA3D3828083FB73E249B2C3D542D');
  assert.equal(team.profile.pgp_keys[0].key_id, '0x2C3D542D', 'the key ID stays as printed');
  assert.equal(team.profile.document.last_updated, '2024-02-29', 'a quoted date stays a string');
  assert.match(team.body, /^## 1\. A propos du document/);
});

const CASES: { name: string; text: () => string | Buffer; field: string | null; message: RegExp }[] = [
  { name: 'a missing required field', text: () => edit(/^team_type: regional\n/m, ''), field: 'team_type', message: /missing required field/ },
  { name: 'an unknown field', text: () => edit('country: FR\n', 'country: FR\ncountrie: FR\n'), field: '(frontmatter)', message: /unknown field "countrie"/ },
  {
    name: 'a fingerprint that is not 40 hex digits',
    text: () => edit('ED9C 60A1 9598 EA3D 3828 083F B73E 249B 2C3D 542D', 'ED9C 60A1 9598 EA3D 3828 083F B73E 249B 2C3D 54'),
    field: 'pgp_keys.0.fingerprint',
    message: /expected 40 hexadecimal digits/,
  },
  {
    name: 'a fingerprint with a non-hex letter',
    text: () => edit('ED9C 60A1 9598 EA3D 3828 083F B73E 249B 2C3D 542D', 'ED9C 60A1 9598 EA3D 3828 083F B73E 249B 2C3D 542G'),
    field: 'pgp_keys.0.fingerprint',
    message: /expected 40 hexadecimal digits/,
  },
  { name: 'a key ID that is not the tail of its fingerprint', text: () => edit('"0x2C3D542D"', '"0x2C3D542E"'), field: 'pgp_keys.0.key_id', message: /expected the tail of the fingerprint \(2C3D542D\), got 2C3D542E/ },
  { name: 'a malformed e-mail', text: () => edit('address: cert@example.org', 'address: cert[at]example.org'), field: 'emails.0.address', message: /expected an e-mail address/ },
  { name: 'a malformed phone', text: () => edit('e164: "+33299000000"', 'e164: "02 99 00 00 00"'), field: 'telephone.numbers.0.e164', message: /E\.164/ },
  { name: 'a malformed URL', text: () => edit('urls: [https://example.org/key.asc]', 'urls: [example.org/key.asc]'), field: 'pgp_keys.0.urls.0', message: /expected an absolute URL/ },
  { name: 'a javascript: URL', text: () => edit('urls: [https://example.org/key.asc]', 'urls: ["javascript:alert(1)"]'), field: 'pgp_keys.0.urls.0', message: /expected an https: \(or http:\) URL, got a "javascript:" URL/ },
  { name: 'a date that is not a real date', text: () => edit('"2024-02-29"', '"2023-02-29"'), field: 'document.last_updated', message: /real calendar date/ },
  { name: 'an unquoted date-like value in the wrong form', text: () => edit('"2024-02-29"', '29/02/2024'), field: 'document.last_updated', message: /YYYY-MM-DD/ },
  { name: 'an unknown time zone', text: () => edit('timezone: Europe/Paris', 'timezone: Europe/Nantes'), field: 'hours.timezone', message: /IANA time zone/ },
  { name: 'unparseable YAML', text: () => edit('country: FR\n', 'country: [FR\n'), field: null, message: /unparseable YAML frontmatter/ },
  { name: 'a duplicate YAML key', text: () => edit('country: FR\n', 'country: FR\ncountry: BE\n'), field: null, message: /unparseable YAML frontmatter.*(unique|Map keys)/i },
  { name: 'a file that is not UTF-8', text: () => Buffer.concat([Buffer.from(VALID.slice(0, 40)), Buffer.from([0xff, 0xfe, 0xfa]), Buffer.from(VALID.slice(40))]), field: null, message: /not valid UTF-8/ },
  { name: 'no frontmatter at all', text: () => '# Just Markdown\n', field: null, message: /expected YAML frontmatter/ },
  { name: 'an empty body', text: () => VALID.replace(/---\n\n## 1[\s\S]*$/, '---\n'), field: '(body)', message: /RFC 2350 narrative/ },
  { name: 'phone numbers on a not-public channel', text: () => edit('status: public', 'status: not-public'), field: 'telephone.numbers', message: /expected numbers when status is public/ },
];

for (const c of CASES) {
  test(`the build stops on ${c.name}, naming the file and the field`, () => {
    const error = loadError({ 'test-cert': c.text() });
    assert.equal(error.file, path.join(path.relative(process.cwd(), error.file.split('/teams/')[0]), 'teams/test-cert/profile.md'));
    assert.equal(error.field, c.field);
    assert.match(error.detail, c.message);
    assert.ok(error.message.startsWith(`${error.file}: `));
  });
}

test('the build stops on a duplicate slug (compared case-insensitively), naming both folders', () => {
  const error = loadError({ 'Test-Cert': VALID, 'test-cert': VALID });
  assert.match(error.message, /duplicate slug "test-cert"/);
  assert.match(error.message, /Test-Cert/);
});

test('the build stops on a folder name that cannot be a permalink', () => {
  const error = loadError({ 'test cert': VALID });
  assert.match(error.message, /lowercase letters, digits and single hyphens/);
});

test('a YAML alias bomb is refused instead of expanded', () => {
  const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
  for (let i = 1; i < 12; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
  const error = loadError({ 'test-cert': `---\n${bomb.join('\n')}\n---\n\nbody\n` });
  assert.match(error.message, /unparseable YAML frontmatter/);
});

test('the real content folder is valid and every key ID is the tail of its fingerprint', () => {
  const teams = loadTeams(path.resolve('content'));
  assert.ok(teams.length >= 5, `expected the five seed teams, found ${teams.length}`);
  for (const team of teams) {
    for (const key of team.profile.pgp_keys) {
      if (key.key_id) assert.ok(key.fingerprint.endsWith(key.key_id.replace(/^0x/i, '').replace(/\s/g, '').toUpperCase()), team.slug);
    }
  }
});

test('build-only modules are marked server-only, so Next refuses them in a client island', () => {
  const browserSafe = new Set(['lib/profile/vocabulary.ts']);
  const modules = ['lib/profile', 'lib/exports'].flatMap((dir) => fs.readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => `${dir}/${f}`));
  assert.ok(modules.length > 10);
  const unmarked = modules.filter((file) => !browserSafe.has(file) && !/^import 'server-only';$/m.test(fs.readFileSync(file, 'utf8')));
  assert.deepEqual(unmarked, []);
  assert.doesNotMatch(fs.readFileSync('lib/profile/vocabulary.ts', 'utf8'), /server-only/, 'opening hours and filters in the browser import the vocabularies');
});
