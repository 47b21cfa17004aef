/**
 * security.txt both ways: the directory's own (RFC 9116's rules, clearsigned
 * when given a key), and keys:refresh reading each team's against local
 * stand-ins: one that agrees, one whose Contact differs, one clearsigned by
 * the pinned key, one by another key, one huge, one that never ends.
 */
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import * as openpgp from 'openpgp';
import { loadTeams } from '@/lib/profile/load';
import { refreshTeam } from '@/lib/keys/refresh-team';
import { teamReportLines } from '@/lib/keys/report';
import { parseSecurityTxt } from '@/lib/security-txt/parse';
import { securityTxt, securityTxtText, SECURITY_TXT_DAYS } from '@/lib/exports/security-txt';
import { verifyCleartext } from '@/lib/pgp/verify';
import { serve, never } from './fixtures/keys/stand-in';
import { armored, CHECK_DATE } from './fixtures/keys/keys';
import { refreshSession } from './fixtures/keys/session';
import { makeContent } from './fixtures/keys/content';

const NOW = new Date('2026-12-04T00:00:00Z');
const BASE = 'https://csirt.example';

test('the directory\u2019s security.txt follows RFC 9116: Contact, one Expires ahead, Canonical where it is served', () => {
  const text = securityTxtText({ base: BASE, now: NOW, contact: 'mailto:security@csirt.example' });
  const parsed = parseSecurityTxt(text, NOW);
  assert.deepEqual(parsed.errors, []);
  assert.deepEqual(parsed.contact, ['mailto:security@csirt.example']);
  assert.equal(text.match(/^Expires:/gm)?.length, 1);
  assert.equal(new Date(parsed.expires!).getTime() - NOW.getTime(), SECURITY_TXT_DAYS * 86_400_000);
  assert.deepEqual(parsed.canonical, [`${BASE}/.well-known/security.txt`]);
  assert.deepEqual(parsed.preferredLanguages, ['fr', 'en']);
  assert.deepEqual(parseSecurityTxt(text, new Date(NOW.getTime() + (SECURITY_TXT_DAYS + 1) * 86_400_000)).errors, [`Expires (${parsed.expires}) is in the past`], 'a build too old is seen');
  assert.throws(() => securityTxtText({ base: BASE, now: NOW, contact: 'security@csirt.example' }), /must be a mailto: or https: URI/);
  // Without SECURITY_CONTACT, the partners page is the contact.
  assert.deepEqual(parseSecurityTxt(securityTxtText({ base: BASE, now: NOW }), NOW).contact, [`${BASE}/en/partners/`]);
});

test('the directory\u2019s security.txt is clearsigned when the build is given a key, and verifies with it', async () => {
  const { privateKey, publicKey } = await openpgp.generateKey({ userIDs: [{ email: 'security@csirt.example' }], format: 'armored' });
  const signed = await securityTxt({ base: BASE, now: new Date(), contact: 'mailto:security@csirt.example', signingKey: privateKey });
  assert.match(signed, /^-----BEGIN PGP SIGNED MESSAGE-----/);
  const result = await verifyCleartext({ message: signed, keys: publicKey, now: new Date() });
  assert.equal(result.verdict, 'valid');
  const parsed = parseSecurityTxt(signed, new Date());
  assert.equal(parsed.clearsigned, true);
  assert.deepEqual(parsed.errors, []);
});

test('the parser names each rule a file breaks', () => {
  const errors = (text: string) => parseSecurityTxt(text, NOW).errors;
  assert.deepEqual(errors('Expires: 2027-01-01T00:00:00Z\n'), ['no Contact field']);
  assert.deepEqual(errors('Contact: mailto:a@b.example\n'), ['no Expires field']);
  assert.deepEqual(errors('Contact: mailto:a@b.example\nExpires: 2027-01-01T00:00:00Z\nExpires: 2027-02-01T00:00:00Z\n'), ['more than one Expires field']);
  assert.deepEqual(errors('Contact: mailto:a@b.example\nExpires: 2020-01-01T00:00:00Z\n'), ['Expires (2020-01-01T00:00:00Z) is in the past']);
  assert.deepEqual(errors('Contact: mailto:a@b.example\nExpires: tomorrow\n'), ['Expires on line 2 is not an RFC 3339 date and time']);
  assert.deepEqual(errors('Contact: a@b.example\nExpires: 2027-01-01T00:00:00Z\n'), ['Contact on line 1 is not a URI this file may use ("a@b.example")']);
  assert.deepEqual(errors('# comment\r\nCONTACT: tel:+33123456789\r\nexpires: 2027-01-01T00:00:00Z\r\nSomething-Else: ok\r\n'), [], 'CRLF, comments, case and extension fields are fine');
  assert.deepEqual(errors('x'.repeat(40_000)), ['larger than 32768 bytes']);
});

// keys:refresh against local stand-ins.
const HOSTS = ['cert.example', 'openpgpkey.cert.example', 'keys.openpgp.org'];
const EMAIL = 'cert@cert.example';
const SEC = 'cert.example/.well-known/security.txt';
const session = refreshSession(EMAIL, HOSTS);
let content: string;
beforeEach(() => {
  session.standIn.routes.clear();
  session.standIn.routes.set('cert.example/key.asc', serve(armored(session.team.extended)));
  content = makeContent([{ slug: 'cert-example', fingerprint: session.team.fingerprint, email: EMAIL, urls: ['https://cert.example/key.asc'] }]);
});

async function refresh(timeoutMs = 2000) {
  const result = await refreshTeam(loadTeams(content)[0], session.fetcher(timeoutMs), CHECK_DATE);
  return { check: result.record.security_txt!, lines: teamReportLines(result) };
}
const file = (lines: string[]) => `${lines.join('\n')}\nExpires: 2027-01-01T00:00:00Z\n`;

test('a team security.txt that agrees with the listing is checked, and agrees since this run', async () => {
  session.standIn.routes.set(SEC, serve(file([`Contact: mailto:${EMAIL}`, `Encryption: openpgp4fpr:${session.team.fingerprint.toLowerCase()}`])));
  const { check, lines } = await refresh();
  assert.equal(check.url, 'https://cert.example/.well-known/security.txt');
  assert.equal(check.outcome, 'checked');
  assert.equal(check.contact, 'agrees');
  assert.equal(check.encryption, 'agrees');
  assert.equal(check.signature, 'none');
  assert.equal(check.agrees_since, CHECK_DATE.toISOString());
  assert.ok(lines.some((l) => /security\.txt .*: checked: contact agrees, encryption agrees/.test(l)), lines.join('\n'));
});

test('a security.txt whose Contact differs says which value the listing does not have', async () => {
  session.standIn.routes.set(SEC, serve(file(['Contact: mailto:someone@elsewhere.example', `Contact: mailto:${EMAIL}`])));
  const { check } = await refresh();
  assert.equal(check.outcome, 'checked');
  assert.equal(check.contact, 'differs');
  assert.deepEqual(check.differing, ['mailto:someone@elsewhere.example']);
  assert.equal(check.agrees_since, undefined);
});

test('a security.txt clearsigned by the pinned key counts as signed; by another key it is refused', async () => {
  const text = file([`Contact: mailto:${EMAIL}`]);
  const signedBy = async (key: openpgp.PrivateKey) => openpgp.sign({ message: await openpgp.createCleartextMessage({ text }), signingKeys: key, date: new Date('2025-07-01T00:00:00Z') });
  const extendedPrivate = (await openpgp.reformatKey({ privateKey: session.team.private, userIDs: [{ email: EMAIL }], date: new Date('2025-06-01T00:00:00Z'), keyExpirationTime: 0, format: 'object' })).privateKey;
  session.standIn.routes.set(SEC, serve(await signedBy(extendedPrivate)));
  const pinned = await refresh();
  assert.equal(pinned.check.outcome, 'checked', pinned.check.reason);
  assert.equal(pinned.check.signature, 'listed-key');
  const { privateKey: stranger } = await openpgp.generateKey({ userIDs: [{ email: 'x@elsewhere.example' }], date: new Date('2025-01-01T00:00:00Z'), format: 'object' });
  session.standIn.routes.set(SEC, serve(await signedBy(stranger)));
  const other = await refresh();
  assert.equal(other.check.outcome, 'refused');
  assert.match(other.check.reason ?? '', /not validly by a key the listing names/);
});

test('a huge security.txt is refused, one that never ends is unreachable within the timeout, one missing is unreachable', async () => {
  session.standIn.routes.set(SEC, serve(`Contact: mailto:${EMAIL}\n${'# padding\n'.repeat(5_000)}Expires: 2027-01-01T00:00:00Z\n`));
  const huge = await refresh();
  assert.equal(huge.check.outcome, 'refused');
  assert.match(huge.check.reason ?? '', /more than a security\.txt/);
  session.standIn.routes.set(SEC, never);
  const started = Date.now();
  const stuck = await refresh(500);
  assert.equal(stuck.check.outcome, 'unreachable');
  assert.ok(Date.now() - started < 10_000, 'the run is never stuck');
  session.standIn.routes.delete(SEC);
  assert.equal((await refresh()).check.outcome, 'unreachable');
});

test('the team page says what the security.txt check found, in both languages, refusals included', async () => {
  const { createElement } = await import('react');
  const { renderToStaticMarkup } = await import('react-dom/server');
  const { SecurityTxtAgreement } = await import('@/components/team/security-txt');
  const { dict } = await import('@/lib/i18n');
  const agrees = { url: 'https://cert.example/.well-known/security.txt', checked_at: '2026-12-01T00:00:00.000Z', outcome: 'checked', signature: 'listed-key', contact: 'agrees', encryption: 'agrees', agrees_since: '2026-11-01T00:00:00.000Z' } as const;
  const en = renderToStaticMarkup(createElement(SecurityTxtAgreement, { check: agrees, t: dict('en'), lang: 'en' }));
  assert.match(en, /its Contact is this listing’s; its key \(Encryption\) is the listing’s; it is signed by the listing’s key\. Agrees with the listing since 1 November 2026/);
  const fr = renderToStaticMarkup(createElement(SecurityTxtAgreement, { check: { ...agrees, contact: 'differs', differing: ['mailto:x@elsewhere.example'], agrees_since: undefined }, t: dict('fr'), lang: 'fr' }));
  assert.match(fr, /son Contact diffère de cette fiche/);
  assert.match(fr, /Absent de la fiche :.*mailto:x@elsewhere\.example/);
  assert.doesNotMatch(fr, /depuis le/);
  const refused = renderToStaticMarkup(createElement(SecurityTxtAgreement, { check: { url: agrees.url, checked_at: agrees.checked_at, outcome: 'refused', reason: 'x' }, t: dict('en'), lang: 'en' }));
  assert.match(refused, /data-outcome="refused"/);
  assert.match(refused, /refused: not a valid security\.txt, or signed by a key other than the listing’s/);
});
