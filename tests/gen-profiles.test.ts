import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateProfiles, toMarkdown, writeProfiles } from '../scripts/gen-profiles';
import { loadTeams } from '../lib/profile/load';
import { TEAM_TYPES } from '../lib/profile/schema';

test('generated profiles load with the real loader, schema and rules', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gen-profiles-'));
  try {
    writeProfiles(dir, generateProfiles(60, 7));
    const teams = loadTeams(dir);
    assert.equal(teams.length, 60);
    const types = new Set(teams.map((t) => t.profile.team_type));
    assert.ok(types.size >= 6, `varied team types: ${[...types]}`);
    assert.ok(new Set(teams.map((t) => t.profile.country)).size >= 5);
    assert.ok(teams.some((t) => t.profile.hours?.around_the_clock));
    assert.ok(teams.some((t) => t.profile.constituency?.customers_only) && teams.some((t) => !t.profile.constituency?.customers_only));
    assert.ok(teams.some((t) => t.profile.pgp_keys.length === 0) && teams.some((t) => t.profile.pgp_keys.length > 0));
    assert.ok(teams.some((t) => /[^\x00-\x7f]/.test(t.profile.name.official)), 'accented names');
    assert.ok(teams.every((t) => t.body.split(/\s+/).length > 200));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('deterministic for a seed, different across seeds', () => {
  const a = generateProfiles(40, 42).map(toMarkdown);
  assert.deepEqual(generateProfiles(40, 42).map(toMarkdown), a);
  assert.notDeepEqual(generateProfiles(40, 43).map(toMarkdown), a);
});

test('slugs and names are unique ignoring case, at scale', () => {
  const all = generateProfiles(3000, 1);
  assert.equal(new Set(all.map((g) => g.slug.toLowerCase())).size, all.length);
  assert.equal(new Set(all.map((g) => String((g.profile.name as { official: string }).official).toLowerCase())).size, all.length);
  assert.ok(all.every((g) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(g.slug)));
  assert.ok(TEAM_TYPES.every((t) => all.some((g) => g.profile.team_type === t)));
});
