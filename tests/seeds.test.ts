import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { SEED_TEAMS, hex } from '../e2e/seed-teams';
import { loadTeams } from '@/lib/profile/load';

// shared/ sits beside the checkout on developer machines and in CI.
const seedsDir = [process.env.SEEDS_DIR, '../shared/seeds', '../../shared/seeds'].filter(Boolean).map((d) => path.resolve(d!)).find((d) => fs.existsSync(d));
const squash = (s: string) => s.replace(/\s+/g, '');

test('every expected contact fact occurs in its seed document', { skip: !seedsDir && 'shared/seeds not found beside the checkout' }, () => {
  for (const team of SEED_TEAMS) {
    const text = fs.readFileSync(path.join(seedsDir!, team.seed), 'utf8');
    assert.ok(text.includes(team.incidentEmail), `${team.slug}: e-mail`);
    if (team.phone) assert.ok(text.includes(team.phone), `${team.slug}: phone`);
    assert.ok(text.includes(team.keyId), `${team.slug}: key ID as printed`);
    assert.ok(squash(text).includes(hex(team.fingerprint)), `${team.slug}: fingerprint`);
  }
});

test('each seed profile holds the same contact facts as its document', () => {
  const teams = new Map(loadTeams(path.resolve('content')).map((t) => [t.slug, t.profile]));
  for (const seed of SEED_TEAMS) {
    const p = teams.get(seed.slug);
    assert.ok(p, `missing profile ${seed.slug}`);
    assert.equal(p.name.official, seed.name);
    assert.equal(p.document.source, seed.seed);
    assert.ok(p.emails.some((e) => e.address === seed.incidentEmail && e.uses.includes('incident-reports')), `${seed.slug}: incident e-mail`);
    if (seed.phone) assert.ok(p.telephone?.numbers.some((n) => n.display === seed.phone), `${seed.slug}: phone`);
    else assert.equal(p.telephone?.status, 'not-public', `${seed.slug}: phone not public`);
    assert.equal(p.pgp_keys[0].fingerprint, hex(seed.fingerprint));
    assert.equal(p.pgp_keys[0].key_id, seed.keyId);
  }
});
