import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadTeams, ProfileError } from '@/lib/profile/load';
import { teamFiles } from '@/lib/profile/files';
import { teamKeys } from '@/lib/profile/keys';
import { findIssuer } from '@/lib/keys/key-index';

const SIGNED = path.resolve('e2e/fixtures/content/teams/test-signed-team');
const PGP = path.resolve('tests/fixtures/pgp');

/** A copy of the signed fixture team in a fresh content folder, with changes. */
function team(change: (dir: string) => void) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'csirt-keys-'));
  const dir = path.join(root, 'teams', 'test-signed-team');
  fs.cpSync(SIGNED, dir, { recursive: true });
  change(dir);
  return loadTeams(root)[0];
}

async function keyError(change: (dir: string) => void): Promise<ProfileError> {
  try {
    await teamKeys(team(change));
  } catch (error) {
    assert.ok(error instanceof ProfileError, String(error));
    return error;
  }
  assert.fail('expected the team folder to be rejected');
}

test('signature files are matched to the documents they sign', () => {
  const files = teamFiles(SIGNED);
  assert.equal(files.key, 'key.asc');
  assert.deepEqual(
    files.documents.map((d) => [d.name, d.signatures]),
    [['notice.txt', ['notice.txt.asc']], ['profile.md', ['profile.md.asc']], ['rfc2350.txt', ['rfc2350.txt.asc']]],
  );
});

test('the build reads the key facts of key.asc as of the build date', async () => {
  const keys = await teamKeys(team(() => {}), new Date('2026-06-01T00:00:00Z'));
  assert.equal(keys.keys?.length, 1);
  assert.equal(keys.keys?.[0].fingerprint, loadTeams(path.resolve('e2e/fixtures/content')).find((t) => t.slug === 'test-signed-team')?.profile.pgp_keys[0].fingerprint);
  assert.equal(keys.keys?.[0].expires, '2099-01-01T00:00:00.000Z');
  assert.equal(keys.asOf, '2026-06-01T00:00:00.000Z');
});

test('the build stops when key.asc holds a key the profile does not list', async () => {
  const error = await keyError((dir) => fs.copyFileSync(path.join(PGP, 'alice.asc'), path.join(dir, 'key.asc')));
  assert.match(error.message, /test-signed-team\/key\.asc: key [0-9A-F]{40} is not listed in the profile's pgp_keys/);
});

test('the build stops on a key file that is not a key', async () => {
  const error = await keyError((dir) => fs.writeFileSync(path.join(dir, 'key.asc'), 'not a key at all'));
  assert.match(error.message, /key\.asc: unreadable key: The key file holds no OpenPGP data/);
});

test('the build stops on a signature over a file that is not in the folder', async () => {
  const error = await keyError((dir) => fs.renameSync(path.join(dir, 'notice.txt'), path.join(dir, 'notice.bak')));
  assert.match(error.message, /unexpected file|signature over "notice\.txt", which is not in the folder/);
});

test('the build stops on a file a team folder should not hold', async () => {
  const error = await keyError((dir) => fs.writeFileSync(path.join(dir, 'logo.svg'), '<svg/>'));
  assert.match(error.message, /logo\.svg: unexpected file/);
});

test('an issuer is found by fingerprint or by long key ID, never by a short one', () => {
  const index = [{ slug: 'x', name: 'X', fingerprint: 'ED9C60A19598EA3D3828083FB73E249B2C3D542D', key: null }];
  assert.equal(findIssuer(index, { fingerprint: 'ed9c60a19598ea3d3828083fb73e249b2c3d542d' })?.slug, 'x');
  assert.equal(findIssuer(index, { keyId: 'B73E249B2C3D542D' })?.slug, 'x');
  assert.equal(findIssuer(index, { keyId: '2C3D542D' }), undefined);
  assert.equal(findIssuer(index, { keyId: '0000000000000000' }), undefined);
});
