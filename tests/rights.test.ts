/**
 * A team's document stays its author's: CSIRT APIXIT's forbids its
 * reproduction, so its page and exports carry its facts and short quotes only,
 * and neither its text nor its body is published; the other four keep theirs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { loadTeams, parseProfile } from '@/lib/profile/load';
import { teamKeys } from '@/lib/profile/keys';
import { mayReproduce, SHORT_QUOTE, shortQuote } from '@/lib/profile/rights';
import { quotedFields } from '@/lib/fidelity/quote-fields';
import { teamRecord } from '@/lib/exports/record';

const teams = loadTeams(path.resolve('content'));
const raw = (slug: string) => parseProfile(`content/teams/${slug}/profile.md`, fs.readFileSync(`content/teams/${slug}/profile.md`));
const SITE = 'https://csirt.example';

test('a short quote is the text itself, else its beginning cut at a word and marked […]', () => {
  assert.equal(shortQuote('Mon–Fri 9:00–18:00.'), 'Mon–Fri 9:00–18:00.');
  const long = 'Le CSIRT APIXIT assure une permanence de son service de réponse à incident. '.repeat(5);
  const short = shortQuote(long);
  assert.ok(short.length <= SHORT_QUOTE + 4, short);
  assert.match(short, / \[…\]$/);
  assert.ok(long.startsWith(short.slice(0, -4)), 'an excerpt of the text, from its beginning');
  assert.match(long.slice(short.length - 4), /^[\s,;:.]/, 'cut at a word boundary, not inside a word');
});

test('CSIRT APIXIT: its document forbids reproduction; the site gets short quotes, no body, no published text', async () => {
  const apixit = teams.find((t) => t.slug === 'csirt-apixit')!;
  assert.equal(mayReproduce(apixit.profile), false);
  assert.match(apixit.profile.document.reproduction!.as_written, /reproduction ou sa diffusion sans l'autorisation préalable et écrite de APIXIT sont interdites/);
  assert.equal(apixit.body, '');
  assert.ok(apixit.withheldBody && apixit.withheldBody.length > 1000, 'the body is kept for search keywords only');
  const long = quotedFields(raw('csirt-apixit').profile).filter((q) => q.text.length > SHORT_QUOTE);
  assert.ok(long.length > 0, 'the written profile has quotes longer than a short quote');
  for (const { field, text } of quotedFields(apixit.profile)) assert.ok(text.length <= SHORT_QUOTE + 4, `${field}: ${text.length} characters`);
  const keys = await teamKeys(apixit);
  assert.deepEqual(keys.files.documents, [], 'neither profile.md nor source.txt is published in files/');
  const record = JSON.stringify(teamRecord(apixit, SITE, keys));
  for (const { text } of long) assert.ok(!record.includes(JSON.stringify(text).slice(1, -1)), 'teams.json carries no long quote');
  assert.ok(!record.includes(apixit.withheldBody.slice(0, 300)));
});

test('the four other seed teams keep their full text, quotes and files', async () => {
  const others = teams.filter((t) => t.slug !== 'csirt-apixit');
  assert.equal(others.length, 4);
  for (const team of others) {
    assert.ok(mayReproduce(team.profile), team.slug);
    const written = raw(team.slug);
    assert.equal(team.body, written.body, team.slug);
    assert.deepEqual(team.profile, written.profile, team.slug);
    assert.equal(team.withheldBody, undefined);
    const names = (await teamKeys(team)).files.documents.map((d) => d.name);
    for (const name of ['profile.md', 'source.txt']) assert.ok(names.includes(name), `${team.slug}: ${name}`);
  }
});
