import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { loadTeams } from '@/lib/profile/load';
import fs from 'node:fs';
import os from 'node:os';
import { helpResults, teamsFor } from '@/lib/help/match';
import { nationalServices } from '@/lib/help/national-services';
import { openState, localTime, inReaderZone } from '@/lib/contact/open-now';
import { contactModel, openHours } from '@/lib/contact/model';
import { publicHolidays } from '@/lib/contact/holidays';

const teams = loadTeams(path.resolve('content'));
const slugs = (place: Parameters<typeof teamsFor>[1], who: Parameters<typeof teamsFor>[2]) => teamsFor(teams, place, who).map((t) => t.slug);

test('an SME in Pays de la Loire gets its regional CSIRT first, then national teams that serve SMEs', () => {
  assert.deepEqual(slugs('pays-de-la-loire', 'sme'), ['pays-de-la-loire-cyber-assistance', 'csirt-exodata']);
});

test('a health facility in La Réunion gets the team whose constituency names health facilities', () => {
  assert.deepEqual(slugs('la-reunion', 'health'), ['csirt-exodata']);
});

test('a regional CSIRT does not cover another region', () => {
  assert.ok(!slugs('bretagne', 'sme').includes('pays-de-la-loire-cyber-assistance'));
});

test('teams that serve customers only are offered only to their customers', () => {
  assert.ok(!slugs('ile-de-france', 'mid-size').includes('cert-metsys'));
  const customers = slugs('ile-de-france', 'customer');
  for (const slug of ['cert-metsys', 'cegedim-cloud-csirt', 'csirt-apixit']) assert.ok(customers.includes(slug), slug);
});

test('an individual is covered by no team of the seed directory', () => {
  assert.deepEqual(slugs('bretagne', 'individual'), []);
});

test('outside France only a team that says it serves the world is offered', () => {
  assert.deepEqual(slugs('abroad', 'sme'), ['csirt-exodata']);
});

/** The open-hours facts of a seed team's office (no channel) or of one line, from its contact model. */
const hoursOf = (slug: string, channel?: 'phone' | 'email') => openHours(contactModel(teams.find((t) => t.slug === slug)!.profile), channel)!;
const exodata = hoursOf('csirt-exodata');

test('open now is computed in the team time zone (Réunion is UTC+4)', () => {
  assert.deepEqual(localTime(new Date('2026-11-23T05:30:00Z'), 'Indian/Reunion'), { day: 'mon', time: '09:30', date: '2026-11-23' });
  assert.deepEqual(openState(exodata, new Date('2026-11-23T05:30:00Z')), { state: 'open', until: '19:00' });
});

test('closed in the evening opens the next weekday morning, and Friday evening opens on Monday', () => {
  assert.deepEqual(openState(exodata, new Date('2026-11-23T16:00:00Z')), { state: 'closed', opens: { day: 'tue', time: '08:00', today: false }, holiday: false });
  assert.deepEqual(openState(exodata, new Date('2026-11-27T16:00:00Z')), { state: 'closed', opens: { day: 'mon', time: '08:00', today: false }, holiday: false });
  assert.deepEqual(openState(exodata, new Date('2026-11-23T02:00:00Z')), { state: 'closed', opens: { day: 'mon', time: '08:00', today: true }, holiday: false });
});

test('Paris hours follow summer time', () => {
  const metsys = hoursOf('cert-metsys');
  assert.equal(openState(metsys, new Date('2026-07-01T16:30:00Z')).state, 'closed'); // 18:30 CEST
  assert.equal(openState(metsys, new Date('2026-12-01T16:30:00Z')).state, 'open'); // 17:30 CET
});

test('a team without structured hours has an unknown state', () => {
  const apixit = hoursOf('csirt-apixit');
  assert.deepEqual(openState(apixit, new Date()), { state: 'unknown' });
});

test('a region alone lists every team covering it, customers-only teams included, regional team first', () => {
  const { forYou, others } = helpResults(teams, 'pays-de-la-loire');
  const list = forYou.map((t) => t.slug);
  assert.equal(list[0], 'pays-de-la-loire-cyber-assistance');
  for (const slug of ['cert-metsys', 'csirt-exodata']) assert.ok(list.includes(slug), slug);
  assert.ok(!list.includes('pays-de-la-loire-cyber-assistance', 1), 'listed once');
  assert.deepEqual(others, []);
  assert.ok(!helpResults(teams, 'bretagne').forYou.some((t) => t.slug === 'pays-de-la-loire-cyber-assistance'), 'no other region');
});

test('"who are you" re-orders without hiding: the teams that serve the person first, the other covering teams after', () => {
  const all = helpResults(teams, 'ile-de-france').forYou.map((t) => t.slug).sort();
  const { forYou, others } = helpResults(teams, 'ile-de-france', 'mid-size');
  assert.deepEqual(forYou.map((t) => t.slug), slugs('ile-de-france', 'mid-size'));
  assert.ok(others.some((t) => t.slug === 'cert-metsys'), 'a customers-only team is still listed, after');
  assert.deepEqual([...forYou, ...others].map((t) => t.slug).sort(), [...new Set([...all, ...forYou.map((t) => t.slug)])].sort());
});

test('national services: every one has an official https source and both languages; a missing source stops the build', () => {
  const services = nationalServices('FR', path.resolve('content'));
  assert.ok(services.length >= 3);
  for (const s of services) {
    assert.match(s.source.url, /^https:\/\//);
    assert.ok(s.purpose.fr && s.purpose.en, s.id);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'national-'));
  const broken = { FR: [{ ...services[0], source: undefined }] };
  fs.writeFileSync(path.join(dir, 'national-services.json'), JSON.stringify(broken));
  assert.throws(() => nationalServices('FR', dir), /national-services\.json: FR\.0\.source/);
  assert.deepEqual(nationalServices('FR', fs.mkdtempSync(path.join(os.tmpdir(), 'none-'))), [], 'a content folder without the file has none');
});

test('a public holiday the team closes on is a closed day, and the next opening skips it', () => {
  // Friday 25 December 2026, 10:00 in La Réunion; EXODATA closes on public holidays.
  assert.equal(exodata.closedOnHolidays, true, 'EXODATA states that its office hours exclude public holidays');
  const christmas = new Date('2026-12-25T06:00:00Z');
  assert.equal(openState(exodata, christmas).state, 'open', 'without the holiday list, it looks open');
  assert.deepEqual(openState(exodata, christmas, ['2026-12-25', '2026-12-28']), { state: 'closed', opens: { day: 'tue', time: '08:00', today: false }, holiday: true });
});

test('a 24/7 phone line is open whatever the office hours, except on a holiday when the team says so', () => {
  const pdl = hoursOf('pays-de-la-loire-cyber-assistance', 'phone');
  assert.equal(pdl.aroundTheClock?.closedOnHolidays, true, 'Pays de la Loire states its 24/7 line excludes public holidays');
  const sunday = new Date('2026-11-22T02:00:00Z');
  assert.equal(openState(pdl, sunday, [], 'phone').state, 'around-the-clock');
  assert.notEqual(openState(pdl, sunday, ['2026-11-22'], 'phone').state, 'around-the-clock');
});

test('a holiday rule of the office hours does not close the on-call line (CERT-METSYS)', () => {
  const office = hoursOf('cert-metsys');
  const line = hoursOf('cert-metsys', 'phone');
  assert.equal(office.closedOnHolidays, true, 'its office hours exclude French public holidays');
  assert.equal(line.aroundTheClock?.closedOnHolidays, false, 'its on-call sentence names no holiday');
  // Friday 25 December 2026, 10:00 in Paris.
  const christmas = new Date('2026-12-25T09:00:00Z');
  assert.equal(openState(office, christmas, ['2026-12-25']).state, 'closed');
  assert.equal(openState(line, christmas, ['2026-12-25'], 'phone').state, 'around-the-clock');
});

test('a 24/7 arrangement that names no channel (CSIRT APIXIT) opens no line', () => {
  assert.equal(hoursOf('csirt-apixit', 'phone').aroundTheClock, undefined);
  assert.equal(hoursOf('csirt-apixit', 'email').aroundTheClock, undefined);
});

test('hours in the reader\u2019s zone: 19:00 in La Réunion is 16:00 in Paris in winter, and nothing when the zones agree', () => {
  const winter = new Date('2026-12-01T10:00:00Z');
  assert.equal(inReaderZone('19:00', winter, 'Indian/Reunion', 'Europe/Paris'), '16:00');
  assert.equal(inReaderZone('19:00', new Date('2026-07-01T10:00:00Z'), 'Indian/Reunion', 'Europe/Paris'), '17:00');
  assert.equal(inReaderZone('09:00', winter, 'Europe/Paris', 'Europe/Paris'), null);
});

test('public holidays come from the country and its region: La Réunion has 20 December, Pays de la Loire does not', () => {
  const from = new Date('2026-12-01T00:00:00Z');
  assert.ok(publicHolidays('FR', 'La Réunion', from).some((h) => h.date === '2026-12-20'));
  assert.ok(!publicHolidays('FR', 'Pays de la Loire', from).some((h) => h.date === '2026-12-20'));
  assert.ok(publicHolidays('FR', undefined, from).some((h) => h.date === '2027-07-14'), 'a year ahead is covered');
});

test('one spelling per region: the help flow\u2019s "more teams" link and the region filter agree whatever apostrophe a profile uses', async () => {
  const { filterValues } = await import('@/lib/search/filter-values');
  const { placeName } = await import('@/lib/help/match');
  const { routes } = await import('@/lib/site/routes');
  const { frenchRegion } = await import('@/lib/import/regions');
  const team = teams.find((t) => t.slug === 'csirt-exodata')!;
  const typographic = { ...team.profile, region: 'Provence-Alpes-Côte d’Azur' };
  const name = placeName('provence-alpes-cote-d-azur')!;
  assert.deepEqual(filterValues(typographic).region, [name]);
  assert.equal(frenchRegion('13001 Marseille', 'FR')?.region, name, 'the importer spells it the same way');
  assert.equal(routes.home('en', { region: name }), `/en/?region=${encodeURIComponent(name).replace(/%20/g, '+').replace(/'/g, '%27')}`);
  assert.equal(routes.help('fr', 'bretagne', 'sme'), '/fr/help/bretagne/sme/');
  assert.equal(routes.help('fr'), '/fr/help/');
});
