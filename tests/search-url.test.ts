import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EMPTY_STATE, isEmpty, readState, writeState } from '@/lib/search/url-state';
import { PAGE_SIZE, pageCount, pageOf, sortTeams } from '@/lib/site/pagination';
import type { Team } from '@/lib/profile/load';

test('a search state round-trips through the URL, accents and spaces included', () => {
  const state = { q: 'sécurité réunion', filters: { country: 'FR', for: 'smes', h24: '24/7' } };
  const query = writeState(state);
  assert.equal(query, '?q=s%C3%A9curit%C3%A9+r%C3%A9union&country=FR&for=smes&h24=24%2F7');
  assert.deepEqual(readState(query), state);
});

test('equal states give equal URLs whatever the order filters were chosen in', () => {
  assert.equal(writeState({ q: '', filters: { member: 'FIRST', country: 'FR' } }), writeState({ q: '', filters: { country: 'FR', member: 'FIRST' } }));
});

test('unknown, empty and overlong parameters are ignored; an empty state has no query string', () => {
  assert.deepEqual(readState('?utm_source=x&country=&type=' + 'a'.repeat(500)), EMPTY_STATE);
  assert.equal(writeState(EMPTY_STATE), '');
  assert.equal(writeState({ q: '   ', filters: {} }), '');
  assert.ok(isEmpty(readState('?q=%20')));
  assert.equal(readState('?q=' + 'x'.repeat(1000)).q.length, 200);
});

test('URL filters are read by their one name, in a fixed order, unknown ones ignored', () => {
  assert.deepEqual(readState('?type=commercial&lang=fr&h24=24%2F7&team_type=x').filters, { type: 'commercial', lang: 'fr', h24: '24/7' });
  assert.equal(writeState(readState('?h24=24%2F7&type=commercial')), '?type=commercial&h24=24%2F7');
});

const team = (slug: string, official: string) => ({ slug, profile: { name: { official } } }) as unknown as Team;

test('the list is alphabetical with accents and case ignored, in pages of PAGE_SIZE', () => {
  const teams = [team('z', 'Zeta'), team('e', 'Équipe'), team('a', 'alpha'), team('b', 'Beta')];
  assert.deepEqual(sortTeams(teams, 'fr').map((t) => t.slug), ['a', 'b', 'e', 'z']);
  const many = Array.from({ length: PAGE_SIZE * 2 + 1 }, (_, i) => team(`t${i}`, `Team ${i}`));
  assert.equal(pageCount(many.length), 3);
  assert.equal(pageCount(0), 1);
  const sorted = sortTeams(many, 'en');
  assert.equal(pageOf(sorted, 3).length, 1);
  assert.equal(pageOf(sorted, 4).length, 0);
  assert.equal(new Set([1, 2, 3].flatMap((n) => pageOf(sorted, n).map((t) => t.slug))).size, many.length);
});
