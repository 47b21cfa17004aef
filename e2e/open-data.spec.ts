import { test, expect } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { SEED_TEAMS } from './seed-teams';

// The open data files as the built site serves them: the unit tests check their
// formats in depth; these check that the build publishes them and links them.

test('teams.json lists every seed team with its incident address and fingerprint, beside its schema', async ({ request }) => {
  const response = await request.get('/data/teams.json');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/json/);
  const data = await response.json();
  expect(data.$schema).toMatch(/\/data\/teams\.schema\.json$/);
  const bySlug = new Map(data.teams.map((team: { slug: string }) => [team.slug, team]));
  expect([...bySlug.keys()].sort()).toEqual(SEED_TEAMS.map((s) => s.slug).sort());
  for (const seed of SEED_TEAMS) {
    const team = bySlug.get(seed.slug) as { official_name: string; emails: { address: string }[]; pgp_keys: { fingerprint: string }[] };
    expect(team.official_name).toBe(seed.name);
    expect(team.emails.map((e) => e.address)).toContain(seed.incidentEmail);
    expect(team.pgp_keys.map((k) => k.fingerprint.replace(/ /g, ''))).toContain(seed.fingerprint.replace(/ /g, ''));
  }
  const schema = await (await request.get('/data/teams.schema.json')).json();
  expect(schema.$defs.team).toBeTruthy();
});

test('a team page links its vCard and JSON record, and the vCard parses as the team', async ({ page, request }) => {
  await page.goto('/en/teams/csirt-exodata/');
  const data = page.getByTestId('team-data');
  const vcardHref = await data.getByRole('link', { name: /vCard/ }).getAttribute('href');
  expect(vcardHref).toBe('/data/teams/csirt-exodata.vcf');
  const vcard = await (await request.get(vcardHref!)).text();
  const card = new ICAL.Component(ICAL.parse(vcard));
  expect(card.getFirstPropertyValue('fn')).toBe('CSIRT EXODATA Cyberdefense');
  expect(card.getAllProperties('email').map((p) => p.getFirstValue())).toContain('incidents@exodata-csirt.fr');
  const json = await (await request.get((await data.getByRole('link', { name: 'JSON record (for programs)' }).getAttribute('href'))!)).json();
  expect(json.slug).toBe('csirt-exodata');
  // The seed teams' keys are not held by the directory (see the fixture site's tests for a held key): no key link.
  await expect(data.getByRole('link', { name: /Public PGP key/ })).toHaveCount(0);
});

test('a team page carries schema.org JSON-LD naming the team and its incident address', async ({ page }) => {
  await page.goto('/fr/teams/cert-metsys/');
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks).toHaveLength(1);
  const ld = JSON.parse(blocks[0]);
  expect(ld['@type']).toBe('Organization');
  expect(ld.name).toBe('CERT-METSYS');
  expect(JSON.stringify(ld.contactPoint)).toContain('cert@metsys.fr');
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', /\/fr\/feed\.xml$/);
});

test('each UI language has its Atom feed, announced by the pages in that language', async ({ page, request }) => {
  const parser = new XMLParser({ ignoreAttributes: false });
  for (const [lang, added] of [['fr', 'Nouvelle équipe : '], ['en', 'New team: ']] as const) {
    await page.goto(`/${lang}/`);
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', new RegExp(`/${lang}/feed\\.xml$`));
    const response = await request.get(`/${lang}/feed.xml`);
    expect(response.headers()['content-type']).toMatch(/xml/);
    const feed = parser.parse(await response.text()).feed;
    expect(feed['@_xml:lang']).toBe(lang);
    const titles = [feed.entry].flat().map((e: { title: string | { '#text': string } }) => (typeof e.title === 'string' ? e.title : e.title['#text']));
    for (const seed of SEED_TEAMS) expect(titles).toContain(`${added}${seed.name}`);
  }
});

test('the Atom feed, the sitemap and robots.txt are served and name every team', async ({ request }) => {
  const parser = new XMLParser({ ignoreAttributes: false });
  const feedResponse = await request.get('/feed.xml');
  expect(feedResponse.headers()['content-type']).toMatch(/xml/);
  const feed = parser.parse(await feedResponse.text()).feed;
  const entries = [feed.entry].flat();
  for (const seed of SEED_TEAMS) expect(entries.some((e: { title: string | { '#text': string } }) => JSON.stringify(e.title).includes(seed.name))).toBe(true);

  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const seed of SEED_TEAMS) expect(sitemap).toContain(`/en/teams/${seed.slug}/`);
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
});

test('the Trusted Introducer, FIRST and CSV shapes are served beside teams.json', async ({ request }) => {
  const ti = await request.get('/data/ti/teams.json');
  expect(ti.ok()).toBe(true);
  const array = await ti.json();
  expect(Array.isArray(array)).toBe(true);
  expect(array.map((t: { official_name: string }) => t.official_name).sort()).toEqual(SEED_TEAMS.map((s) => s.name).sort());
  const first = await (await request.get('/data/first/teams.json')).json();
  expect(first.total).toBe(SEED_TEAMS.length);
  const csv = await request.get('/data/teams.csv');
  expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
  expect((await csv.text()).split('\r\n')[0]).toMatch(/^slug,official_name,/);
});

test('CSIRT APIXIT forbids the reproduction of its document: its page gives facts and short quotes, and its text is not published', async ({ page, request }) => {
  await page.goto('/fr/teams/csirt-apixit/');
  await expect(page.getByTestId('reproduction-restricted')).toContainText('interdit sa reproduction');
  await expect(page.getByTestId('incident-email')).toHaveText('csirt@apixit.fr');
  expect((await request.get('/files/csirt-apixit/source.txt')).status()).toBe(404);
  expect((await request.get('/files/csirt-apixit/profile.md')).status()).toBe(404);
  expect((await request.get('/files/csirt-exodata/source.txt')).status()).toBe(200);
});

test('the site publishes its own security.txt: one Expires ahead, a Contact, Canonical where it is served', async ({ request }) => {
  const response = await request.get('/.well-known/security.txt');
  expect(response.ok()).toBe(true);
  const text = await response.text();
  expect(text.match(/^Contact: \S+$/gm)?.length).toBeGreaterThanOrEqual(1);
  const expires = text.match(/^Expires: (\S+)$/gm) ?? [];
  expect(expires).toHaveLength(1);
  expect(new Date(expires[0]!.slice(9)).getTime()).toBeGreaterThan(Date.now());
  // The site's public address (a local build's is the address of npm run serve), as every permalink gives it.
  const { teams } = await (await request.get('/data/teams.json')).json();
  const site = new URL(teams[0].permalinks.en).origin;
  expect(text).toContain(`Canonical: ${site}/.well-known/security.txt`);
});
