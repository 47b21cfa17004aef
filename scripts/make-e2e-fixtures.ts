/**
 * Writes the fixture content folder of the e2e tests (e2e/fixtures/content):
 * test teams, never real ones, with keys and signed files made by openpgp.js at
 * fixed dates. The fixture site is built with BUILD_NOW=2026-06-01, so the
 * expired, revoked and expiring-soon keys read the same on any day.
 *
 *   npx tsx scripts/make-e2e-fixtures.ts
 *
 * Keys are random: a re-run changes fingerprints (the tests read them from the
 * profiles, never hard-code them). Only public keys are written.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as openpgp from 'openpgp';
import { formatFingerprint } from '@/lib/keys/fingerprint';

const ROOT = path.join(import.meta.dirname, '..', 'e2e', 'fixtures', 'content', 'teams');
const MADE = new Date('2024-01-01T00:00:00Z');
const SIGNED = new Date('2024-06-01T00:00:00Z');
const FAR = new Date('2099-01-01T00:00:00Z');
const seconds = (from: Date, to: Date) => (to.getTime() - from.getTime()) / 1000;

async function makeKey(name: string, email: string, expires: Date) {
  return openpgp.generateKey({ userIDs: [{ name, email }], date: MADE, keyExpirationTime: seconds(MADE, expires), format: 'object' });
}

const sign = async (text: string, key: openpgp.PrivateKey) =>
  openpgp.sign({ message: await openpgp.createMessage({ binary: new TextEncoder().encode(text) }), signingKeys: [key], detached: true, date: SIGNED });

function profile(slug: string, name: string, fingerprint: string, body = 'A test team of the e2e fixture site. It is not a real CSIRT.'): string {
  return `---
name:
  official: ${name}
team_type: commercial
country: FR
emails:
  - address: cert@${slug}.example
    uses: [incident-reports]
pgp_keys:
  - fingerprint: ${formatFingerprint(fingerprint)}
    key_id: "0x${fingerprint.slice(-16)}"
listing:
  added: "2024-06-01"
document:
  lang: en
  last_updated: "2024-06-01"
  signed: true
---

## 1. Document Information

${body}
`;
}

function write(slug: string, files: Record<string, string>) {
  const dir = path.join(ROOT, slug);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
}

async function main() {
  fs.rmSync(ROOT, { recursive: true, force: true });

  // A team whose listing is signed; one document was changed after signing, one was signed by someone else.
  const good = await makeKey('Test Signed Team', 'cert@test-signed-team.example', FAR);
  const stranger = await makeKey('Not In This Directory', 'someone@elsewhere.example', FAR);
  const goodProfile = profile('test-signed-team', 'Test Signed Team', good.privateKey.getFingerprint().toUpperCase());
  const rfc = 'RFC 2350 of Test Signed Team\n\n2.7 E-mail: cert@test-signed-team.example\n';
  write('test-signed-team', {
    'profile.md': goodProfile,
    'profile.md.asc': await sign(goodProfile, good.privateKey),
    'key.asc': good.publicKey.armor(),
    'rfc2350.txt': rfc.replace('cert@', 'attacker@'),
    'rfc2350.txt.asc': await sign(rfc, good.privateKey),
    'notice.txt': 'A notice signed by another key.\n',
    'notice.txt.asc': await sign('A notice signed by another key.\n', stranger.privateKey),
  });
  // What keys:refresh would have recorded: the team's key URL and keys.openpgp.org agree, its WKD did not answer.
  const fpr = good.privateKey.getFingerprint().toUpperCase();
  const at = '2026-05-31T06:00:00.000Z';
  fs.writeFileSync(
    path.join(ROOT, 'test-signed-team', 'key-sources.json'),
    `${JSON.stringify(
      {
        format: 1,
        team: 'test-signed-team',
        checked_at: at,
        keys: [
          {
            fingerprint: fpr,
            state: 'unchanged',
            revoked: false,
            newly_revoked: false,
            sources: [
              { kind: 'profile-url', url: 'https://test-signed-team.example/key.asc', checked_at: at, outcome: 'same-fingerprint', merge: 'unchanged' },
              { kind: 'wkd-advanced', url: 'https://openpgpkey.test-signed-team.example/.well-known/openpgpkey/test-signed-team.example/hu/x', checked_at: at, outcome: 'unreachable', reason: 'timeout' },
              { kind: 'vks', url: `https://keys.openpgp.org/vks/v1/by-fingerprint/${fpr}`, checked_at: at, outcome: 'same-fingerprint', merge: 'unchanged' },
            ],
          },
        ],
        documents: [],
      },
      null,
      2,
    )}\n`,
  );
  // The team's secret key, outside the content folder: the report composer's e2e test decrypts with it.
  fs.mkdirSync(path.join(ROOT, '..', '..', 'secret'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, '..', '..', 'secret', 'test-signed-team.secret.asc'), good.privateKey.armor());
  fs.mkdirSync(path.join(ROOT, '..', '..', 'stranger'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, '..', '..', 'stranger', 'key.asc'), stranger.publicKey.armor());

  const expired = await makeKey('Test Expired Team', 'cert@test-expired-team.example', new Date('2025-01-01T00:00:00Z'));
  write('test-expired-team', { 'profile.md': profile('test-expired-team', 'Test Expired Team', expired.privateKey.getFingerprint().toUpperCase()), 'key.asc': expired.publicKey.armor() });

  const soon = await makeKey('Test Expiring Team', 'cert@test-expiring-team.example', new Date('2026-07-15T00:00:00Z'));
  write('test-expiring-team', { 'profile.md': profile('test-expiring-team', 'Test Expiring Team', soon.privateKey.getFingerprint().toUpperCase()), 'key.asc': soon.publicKey.armor() });

  const revokedPair = await makeKey('Test Revoked Team', 'cert@test-revoked-team.example', FAR);
  const { publicKey: revoked } = await openpgp.revokeKey({ key: revokedPair.privateKey, date: new Date('2025-03-01T00:00:00Z'), reasonForRevocation: { flag: openpgp.enums.reasonForRevocation.keyRetired, string: 'Replaced' }, format: 'armored' });
  write('test-revoked-team', { 'profile.md': profile('test-revoked-team', 'Test Revoked Team', revokedPair.privateKey.getFingerprint().toUpperCase()), 'key.asc': revoked });

  // A team that lists a fingerprint but whose key the directory does not hold.
  const absent = await makeKey('Test Keyless Team', 'cert@test-keyless-team.example', FAR);
  const keylessProfile = profile('test-keyless-team', 'Test Keyless Team', absent.privateKey.getFingerprint().toUpperCase());
  write('test-keyless-team', { 'profile.md': keylessProfile, 'profile.md.asc': await sign(keylessProfile, absent.privateKey) });

  console.log(`e2e fixtures written to ${path.relative(process.cwd(), path.dirname(ROOT))}`);
}

await main();
