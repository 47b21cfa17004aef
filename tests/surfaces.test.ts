/**
 * No surface says more than the team: every surface a person or a program
 * reads (list card, help card and call button, team contact card, embed,
 * JSON-LD, vCard, teams.json record, the 24/7 filter) is rendered for every
 * seed team and for profiles built to tempt over-claiming, and each claim it
 * makes is checked against what the profile states (its conditions with their
 * scopes, its audience, its channels), not against how the surface words it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { fromHtml } from 'hast-util-from-html';
import type { Root } from 'hast';
import { elements, text } from './fixtures/hast';
import { loadTeams, type Team } from '@/lib/profile/load';
import { makeTeam } from './fixtures/make-team';
import { CONDITION_CODES, type ConditionCode } from '@/lib/profile/vocabulary';
import { contactModel } from '@/lib/contact/model';
import { isLimiting } from '@/lib/contact/badge';
import { cardFacts } from '@/lib/contact/card-facts';
import { cardLabels } from '@/lib/i18n/island-strings';
import { dict, UI_LANGS, type UiLang } from '@/lib/i18n';
import { filterValues } from '@/lib/search/filter-values';
import { teamJsonLd } from '@/lib/exports/json-ld';
import { teamRecord } from '@/lib/exports/record';
import { teamVcard } from '@/lib/exports/vcard';
import { TeamCardView } from '@/components/team-card-view';
import { TeamHelpCard } from '@/components/help/team-help-card';
import { ContactCard } from '@/components/team/contact-card';
import { EmbedCard } from '@/components/embed/embed-card';

const SITE = 'https://csirt.example';

const fixture = (slug: string, overrides: Record<string, unknown>): Team =>
  makeTeam(
    slug,
    { name: { official: `Tempting ${slug}` }, team_type: 'commercial', telephone: { status: 'public', numbers: [{ e164: '+33123456789', display: '+33 1 23 45 67 89', use: 'main' }] }, ...overrides },
    '## 2.4 Telephone\n\n## 2.9 Hours\n',
  );

const office = { timezone: 'Europe/Paris', schedule: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '09:00', close: '17:00' }], as_written: 'Monday to Friday, 9:00 to 17:00, except public holidays.' };

/** Profiles built to tempt a surface into saying more than the team. */
const TEMPTING: Team[] = [
  fixture('customers-24-7', {
    hours: { ...office, around_the_clock: { channels: ['phone'], as_written: 'Our customers reach our 24/7 hotline by phone.' } },
    constituency: { customers_only: true, tags: ['customers'], as_written: 'Our customers.' },
    conditions: [{ code: 'customers-only', applies_to: ['phone', 'around-the-clock'], as_written: 'Our customers reach our 24/7 hotline by phone.' }],
  }),
  fixture('holidays-office-only', {
    hours: { ...office, around_the_clock: { channels: ['phone'], as_written: 'Our phone line is open 24/7.' } },
    conditions: [{ code: 'except-public-holidays', applies_to: ['hours'], as_written: 'Monday to Friday, 9:00 to 17:00, except public holidays.' }],
  }),
  fixture('on-call-no-channel', {
    hours: { ...office, around_the_clock: { kind: 'on-call', channels: [], as_written: 'An on-call duty runs around the clock.' } },
    conditions: [{ code: 'critical-incidents-only', applies_to: ['around-the-clock'], as_written: 'The on-call duty handles critical incidents only.' }],
  }),
  fixture('no-incident-address', {
    emails: [{ address: 'info@no-incident-address.example', uses: ['general'] }],
    telephone: { status: 'public', numbers: [{ e164: '+33123456780', display: '+33 1 23 45 67 80', use: 'emergency', note: 'Call only in an emergency.' }] },
    conditions: [{ code: 'emergencies-only', applies_to: ['phone'], as_written: 'Call only in an emergency.' }],
  }),
];

const TEAMS = [...loadTeams(path.resolve('content')), ...TEMPTING];

// --- reading rendered HTML -----------------------------------------------------------------

const parse = (html: string) => fromHtml(html, { fragment: true });
const byTestId = (tree: Root, id: string) => elements(tree).filter((e) => e.properties.dataTestid === id);

/** Does this text claim round-the-clock availability? */
const SAYS_24_7 = /24\s*\/\s*7|24\s*h\s*\/\s*24/i;

/** The words of a code in a language: what a surface must show when the claim carries it, and must not when it does not. */
const label = (lang: UiLang, code: ConditionCode) => dict(lang).conditionLabels[code];

/**
 * A text that claims 24/7 for this team: it names every condition scoped to
 * the 24/7 arrangement that limits it (delays aside), no condition scoped only
 * to something else, no channel the team did not name for it.
 */
function assert247Claim(team: Team, lang: UiLang, claim: string, where: string) {
  const t = dict(lang);
  const m = contactModel(team.profile);
  const atc = m.aroundTheClock;
  assert.ok(atc, `${team.slug} ${where}: says 24/7 ("${claim}"), but the team states no 24/7 arrangement`);
  const own = new Set([...atc.conditions, ...atc.audienceConditions].map((c) => c.code));
  for (const code of own) {
    if (code === 'first-reply-delay' || code === 'intervention-delay') continue;
    assert.ok(claim.includes(label(lang, code)), `${team.slug} ${where}: "${claim}" leaves out "${label(lang, code)}"`);
  }
  const elsewhere = m.conditions.filter((c) => !c.scope.includes('around-the-clock') && !own.has(c.code) && !c.scope.includes('phone'));
  for (const c of elsewhere) assert.ok(!claim.includes(label(lang, c.code)), `${team.slug} ${where}: "${claim}" carries "${label(lang, c.code)}", a condition of ${c.scope.join('/')}`);
  for (const channel of ['phone', 'email'] as const) {
    if (!atc.channels.includes(channel)) assert.ok(!claim.includes(t.contact.atcChannels[channel]), `${team.slug} ${where}: "${claim}" names ${channel}, which the team did not name for 24/7`);
  }
}

/** A call the surface offers: to a number anyone may call, with every condition the team puts on calls beside it. */
function assertCall(team: Team, lang: UiLang, href: string, beside: string, where: string) {
  const m = contactModel(team.profile);
  const number = m.phone.numbers.find((n) => `tel:${n.e164}` === href);
  assert.ok(number, `${team.slug} ${where}: offers a call to ${href}, not a public number of the team`);
  assert.ok(number.anyoneMayCall, `${team.slug} ${where}: offers a call to a number reserved to customers`);
  for (const c of number.conditions.filter((k) => isLimiting(k.code))) assert.ok(beside.includes(label(lang, c.code)), `${team.slug} ${where}: the call to ${href} leaves out "${label(lang, c.code)}"`);
}

/** An address labelled as the one for incident reports is one the team gives for them. */
function assertIncidentLabel(team: Team, lang: UiLang, html: string, where: string) {
  const m = contactModel(team.profile);
  if (!m.incident.stated) assert.ok(!html.includes(dict(lang).incidentEmail), `${team.slug} ${where}: calls ${m.incident.address} the incident address`);
}

const keysOf = (team: Team) => ({ files: { dir: path.dirname(team.file), key: null, documents: [] }, keys: null, asOf: '2026-12-01T00:00:00.000Z', checks: [] });
const viewOf = (team: Team) => ({ model: contactModel(team.profile), holidays: [], keySources: null, heldKey: null });

for (const lang of UI_LANGS) {
  test(`${lang}: list cards claim no 24/7, call or incident address the team does not state`, () => {
    for (const team of TEAMS) {
      const html = renderToStaticMarkup(createElement(TeamCardView, { card: cardFacts(team), href: '/x/', labels: cardLabels(dict(lang)) }));
      const tree = parse(html);
      const claims = elements(tree).filter((e) => e.tagName === 'strong' && SAYS_24_7.test(text(e)));
      if (!contactModel(team.profile).aroundTheClock) assert.equal(claims.length, 0, `${team.slug}: a card badge says 24/7`);
      for (const c of claims) assert247Claim(team, lang, text(c), 'card badge');
      for (const call of byTestId(tree, 'card-call')) assertCall(team, lang, String(call.properties.href), text(byTestId(tree, 'card-call-conditions')[0] ?? tree), 'card');
      assertIncidentLabel(team, lang, html, 'card');
    }
  });

  test(`${lang}: help cards and call buttons carry each condition with what it limits`, () => {
    for (const team of TEAMS) {
      const html = renderToStaticMarkup(createElement(TeamHelpCard, { team, lang, view: viewOf(team) }));
      const tree = parse(html);
      for (const el of byTestId(tree, 'help-24-7')) assert247Claim(team, lang, text(el), 'help card');
      if (!contactModel(team.profile).aroundTheClock) assert.equal(byTestId(tree, 'help-24-7').length, 0);
      for (const call of byTestId(tree, 'call')) assertCall(team, lang, String(call.properties.href), text(call), 'call button');
      const serves = text(byTestId(tree, 'serves')[0]);
      if (!team.profile.constituency?.customers_only) assert.ok(!serves.includes(dict(lang).customersOnly), `${team.slug}: "${serves}" says customers only`);
      const q = team.profile.constituency?.tags_qualifier;
      if (q) assert.ok(serves.includes(dict(lang).contact.servesQualifier[q]), `${team.slug}: "${serves}" drops "${q}"`);
    }
  });

  test(`${lang}: the team contact card and the embed say 24/7 only with its own conditions, and a number with its own`, () => {
    const t = dict(lang);
    for (const team of TEAMS) {
      const contact = parse(renderToStaticMarkup(createElement(ContactCard, { profile: team.profile, view: viewOf(team), keys: keysOf(team), slug: team.slug, t, uiLang: lang, body: team.body })));
      for (const el of byTestId(contact, 'around-the-clock')) assert247Claim(team, lang, text(el), 'contact card');
      const m = contactModel(team.profile);
      const numbers = elements(contact).filter((e) => e.tagName === 'li' && byTestId({ type: 'root', children: [e] }, 'phone-number').length);
      for (const li of numbers) {
        const href = String(byTestId({ type: 'root', children: [li] }, 'phone-number')[0].properties.href);
        const n = m.phone.numbers.find((x) => `tel:${x.e164}` === href)!;
        for (const c of n.conditions) assert.ok(text(li).includes(label(lang, c.code)), `${team.slug} contact card: ${n.display} leaves out "${label(lang, c.code)}"`);
        assert.ok(text(li).includes(t.contact.phoneRoles[n.role]), `${team.slug}: ${n.display} without its role`);
      }
      for (const r of m.requirements) assert.ok(text(contact).includes(r.quote.slice(0, 40)), `${team.slug} contact card: requirement ${r.code} not shown in the team's words`);
      const embedHtml = renderToStaticMarkup(createElement(EmbedCard, { team, lang, permalink: `${SITE}/x/`, css: '/embed.css' }));
      const embed = parse(embedHtml);
      for (const el of elements(embed).filter((e) => e.tagName === 'p' && SAYS_24_7.test(text(e)))) assert247Claim(team, lang, text(el), 'embed');
      assertIncidentLabel(team, lang, embedHtml, 'embed');
    }
  });
}

test('the 24/7 filter lists only teams the public can reach round the clock on a named channel', () => {
  for (const team of TEAMS) {
    const inFilter = !!filterValues(team.profile).h24;
    const m = contactModel(team.profile);
    const expected = !!m.aroundTheClock && m.aroundTheClock.channels.length > 0 && m.aroundTheClock.audience !== 'customers' && m.aroundTheClock.kind !== 'qualification' && !team.profile.constituency?.customers_only;
    assert.equal(inFilter, expected, team.slug);
  }
  assert.ok(TEAMS.some((t) => filterValues(t.profile).h24), 'some team is in the filter');
  assert.ok(TEAMS.some((t) => !filterValues(t.profile).h24 && t.profile.hours?.around_the_clock), 'some team claiming 24/7 is not');
});

test('JSON-LD: an emergency point only for a line the public may use, with only its own conditions; no derived address field; no hours without their terms', () => {
  for (const team of TEAMS) {
    const m = contactModel(team.profile);
    const ld = teamJsonLd(team, SITE, 'en') as { address: Record<string, unknown>; telephone?: string; contactPoint: Record<string, any>[] };
    const emergency = ld.contactPoint.find((c) => c.contactType === 'emergency');
    if (emergency) {
      assert.ok(!team.profile.constituency?.customers_only, `${team.slug}: emergency point for a customers-only team`);
      if (emergency.telephone) assert.ok(m.phone.numbers.find((n) => n.e164 === emergency.telephone)?.anyoneMayCall, `${team.slug}: emergency point on a customers' number`);
      if (m.officeHours?.quote && m.officeHours.quote !== m.aroundTheClock?.quote) assert.ok(!String(emergency.description ?? '').includes(m.officeHours.quote), `${team.slug}: the emergency point carries the office hours' words`);
      const conditioned = (m.aroundTheClock?.conditions.length ?? 0) + (m.aroundTheClock?.audienceConditions.length ?? 0) > 0 || m.aroundTheClock?.kind !== 'service';
      if (conditioned) assert.equal(emergency.hoursAvailable, undefined, `${team.slug}: round-the-clock hours without their conditions`);
    }
    for (const point of ld.contactPoint) if (point.contactType !== 'emergency') assert.equal(point.hoursAvailable, undefined, `${team.slug}: office hours without time zone or holiday rule`);
    if (ld.telephone) assert.equal(m.phone.numbers.find((n) => n.e164 === ld.telephone)?.conditions.length, 0, `${team.slug}: a conditioned number as the organisation's telephone`);
    for (const d of team.profile.derived) assert.equal(ld.address[d.field === 'region' ? 'addressRegion' : 'addressCountry'], undefined, `${team.slug}: derived ${d.field} stated as the team's`);
    if (!m.incident.stated) assert.ok(!ld.contactPoint.some((c) => c.contactType === 'incident reports'), `${team.slug}: an incident contact point on a general address`);
  }
});

test('vCard and teams.json: no preferred number the team limits, each limit noted in its words, derived fields marked or left out', () => {
  for (const team of TEAMS) {
    const m = contactModel(team.profile);
    const record = teamRecord(team, SITE);
    const card = teamVcard(record).replace(/\r\n[ \t]/g, '');
    for (const n of m.phone.numbers) {
      const line = card.split('\r\n').find((l) => l.startsWith('TEL') && l.endsWith(`tel:${n.e164}`))!;
      assert.ok(line, `${team.slug}: ${n.e164} missing from the vCard`);
      if (n.conditions.length || !n.anyoneMayCall) assert.doesNotMatch(line, /PREF=/, `${team.slug}: ${n.display} preferred despite its conditions`);
      const exported = record.phones.find((p) => p.number === n.e164)!;
      assert.deepEqual(exported.conditions ?? [], n.conditions.map((c) => c.code), `${team.slug}: teams.json conditions of ${n.display}`);
      for (const c of n.conditions) assert.ok(card.replace(/\\([,;\\n])/g, '$1').includes(c.quote.replace(/\s+/g, ' ').slice(0, 30)), `${team.slug}: the vCard does not note "${c.quote}"`);
    }
    assert.deepEqual(record.derived ?? [], team.profile.derived, `${team.slug}: teams.json marks what was derived`);
    // ADR components: post office box; extended; street (the address as the team writes it); locality; region; postal code; country.
    const adr = card.split('\r\n').find((l) => l.startsWith('ADR'))!;
    const parts = adr.slice(adr.lastIndexOf(':') + 1).split(/(?<!\\);/);
    if (team.profile.derived.some((d) => d.field === 'region')) assert.equal(parts[4], '', `${team.slug}: derived region in the ADR`);
    if (team.profile.derived.some((d) => d.field === 'country')) assert.equal(parts[6], '', `${team.slug}: derived country in the ADR`);
  }
});

test('the tempting fixtures do tempt: each has the claim a careless surface would over-state', () => {
  const m = (slug: string) => contactModel(TEMPTING.find((t) => t.slug === slug)!.profile);
  assert.equal(m('customers-24-7').aroundTheClock?.audience, 'customers');
  assert.equal(m('holidays-office-only').officeHours?.closedOnHolidays, true);
  assert.equal(m('holidays-office-only').aroundTheClock?.closedOnHolidays, false);
  assert.deepEqual(m('on-call-no-channel').aroundTheClock?.channels, []);
  assert.equal(m('no-incident-address').incident.stated, false);
  assert.ok(CONDITION_CODES.includes('emergencies-only'));
});

test('the Atom feeds: an address called the incident one only when it is, and no derived country', async () => {
  const { atomFeed } = await import('@/lib/exports/atom');
  const records = new Map(TEAMS.map((t) => [t.slug, teamRecord(t, SITE)]));
  for (const lang of UI_LANGS) {
    const feed = atomFeed(TEAMS, records, SITE, lang, `${lang}/feed.xml`);
    for (const team of TEAMS) {
      const m = contactModel(team.profile);
      const entry = feed.split('<entry>').find((e) => e.includes(`/teams/${team.slug}/`))!;
      assert.ok(entry, `${team.slug}: no feed entry`);
      const incidentWords = lang === 'fr' ? 'Signalement d’incident' : 'Incident reports';
      assert.equal(entry.includes(`${incidentWords}`), m.incident.stated, `${team.slug} ${lang}: ${incidentWords}`);
      if (team.profile.derived.some((d) => d.field === 'country')) {
        const name = new Intl.DisplayNames([lang], { type: 'region' }).of(team.profile.country)!;
        assert.ok(!entry.includes(`, ${name})`), `${team.slug} ${lang}: the derived country ${name} is stated`);
      }
    }
  }
});
