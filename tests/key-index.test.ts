import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findIssuer, keyIndex } from '../lib/keys/key-index';

const A = 'DCCAFC279CDB3D719D9860888193 2F45B59FE677'.replace(/\s/g, '');
const B = '817A1A29B18B1D3BDC5B07B20730B4131650D57A';
const C = '0123456789ABCDEF0123456789ABCDEF01234567';

const teams = [
  { slug: 'alpha', name: 'Alpha CSIRT', listed: [A, C], held: { fingerprints: [A], url: '/files/alpha/key.asc' } },
  { slug: 'beta', name: 'Beta CERT', listed: [B], held: null },
];

test('every listed fingerprint gets an entry; only a key the directory holds gets a URL', () => {
  assert.deepEqual(keyIndex(teams), [
    { slug: 'alpha', name: 'Alpha CSIRT', fingerprint: A, key: '/files/alpha/key.asc' },
    { slug: 'alpha', name: 'Alpha CSIRT', fingerprint: C, key: null },
    { slug: 'beta', name: 'Beta CERT', fingerprint: B, key: null },
  ]);
});

test('an issuer is found by fingerprint or by long key ID, never by a short one', () => {
  const index = keyIndex(teams);
  assert.equal(findIssuer(index, { fingerprint: B.toLowerCase() })?.slug, 'beta');
  assert.equal(findIssuer(index, { keyId: A.slice(-16) })?.fingerprint, A);
  assert.equal(findIssuer(index, { keyId: A.slice(-8) }), undefined, 'a short key ID is too easy to collide');
  assert.equal(findIssuer(index, { keyId: '1111111111111111' }), undefined);
});
