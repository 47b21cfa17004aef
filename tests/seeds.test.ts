import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { SEED_TEAMS, hex } from '../e2e/seed-teams';
import { loadTeams } from '@/lib/profile/load';

// Each team's document is kept beside its profile (content/teams/<slug>/source.txt), byte for byte as received.
const squash = (s: string) => s.replace(/\s+/g, '');

test('every expected contact fact occurs in the team\'s own document', () => {
  for (const team of SEED_TEAMS) {
    const text = fs.readFileSync(path.resolve('content/teams', team.slug, 'source.txt'), 'utf8');
    const meta = JSON.parse(fs.readFileSync(path.resolve('content/teams', team.slug, 'source.json'), 'utf8')) as { file: string };
    assert.equal(meta.file, team.seed, `${team.slug}: source.json names its seed`);
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
