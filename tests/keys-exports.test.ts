/**
 * What the build makes from held keys for peers: the QR code of the
 * openpgp4fpr: URI (SVG, no script) and the feed of keys expiring within 60 days.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseFeed } from '@rowanmanning/feed-parser';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { openpgp4fpr } from '@/lib/keys/fingerprint-qr';
import { FingerprintQr } from '@/components/team/fingerprint-qr';
import { expiringKeys, expiringKeysFeed, type TeamKeyFacts } from '@/lib/keys/expiring-feed';

const FPR = 'ED9C60A19598EA3D3828083FB73E249B2C3D542D';

test('openpgp4fpr: URI from a fingerprint in any printed form; anything else is refused by name', () => {
  assert.equal(openpgp4fpr('ed9c 60a1 9598 ea3d 3828  083f b73e 249b 2c3d 542d'), `openpgp4fpr:${FPR}`);
  assert.throws(() => openpgp4fpr('2C3D542D'), /not an OpenPGP fingerprint: "2C3D542D"/);
});

test('the QR code is a well-formed SVG of paths only, sized for the URI, and differs with the fingerprint', async () => {
  const qr = (fpr: string) => renderToStaticMarkup(createElement(FingerprintQr, { fingerprint: fpr, label: 'QR' }));
  const svg = qr(FPR);
  assert.equal(XMLValidator.validate(svg), true);
  assert.doesNotMatch(svg, /<script|\son\w+=|href=|<image|<foreignObject/i);
  const root = new XMLParser({ ignoreAttributes: false }).parse(svg).svg;
  // "openpgp4fpr:" as bytes and 40 hex digits as alphanumerics fit a version 3 code at level M:
  // 29 modules, plus a 2-module margin on each side.
  assert.equal(root['@_viewBox'], '0 0 33 33');
  assert.notEqual(qr(FPR.replace(/^E/, 'F')), svg);
});

const NOW = new Date('2026-06-01T12:00:00Z');
const inDays = (days: number) => new Date(NOW.getTime() + days * 86_400_000).toISOString();
const team = (slug: string, name: string, expires: string | null, revoked = false): TeamKeyFacts => ({
  slug,
  name,
  key: { fingerprint: FPR, expires, revoked: revoked ? { date: inDays(-1), reason: 'retired', text: null } as never : null },
});

const KEYS = [
  team('later', 'Later CERT', inDays(59)),
  team('soon', 'Soon <&> CERT', inDays(10)),
  team('outside', 'Outside CERT', inDays(61)),
  team('expired', 'Expired CERT', inDays(-1)),
  team('revoked', 'Revoked CERT', inDays(5), true),
  team('never', 'Never CERT', null),
];

test('the expiring feed lists keys expiring within 60 days, soonest first, never revoked or expired ones', () => {
  assert.deepEqual(expiringKeys(KEYS, NOW).map((e) => e.slug), ['soon', 'later']);
});

test('the expiring feed is valid Atom with escaped names, entries dated when they entered the window', () => {
  const xml = expiringKeysFeed(KEYS, NOW, 'https://csirt.example.org');
  const feed = parseFeed(xml);
  assert.deepEqual(feed.items.map((i) => i.title), [`Key expires on ${inDays(10).slice(0, 10)}: Soon <&> CERT`, `Key expires on ${inDays(59).slice(0, 10)}: Later CERT`]);
  assert.equal(feed.items[0].url, 'https://csirt.example.org/en/teams/soon/');
  assert.equal(feed.items[1].updated?.toISOString(), new Date(NOW.getTime() - 86_400_000).toISOString());
  assert.equal(feed.self, 'https://csirt.example.org/keys-expiring.xml');
  // Another day within the same window gives the same entries.
  assert.equal(expiringKeysFeed(KEYS, new Date(NOW.getTime() + 3_600_000), 'https://csirt.example.org'), xml);
});
