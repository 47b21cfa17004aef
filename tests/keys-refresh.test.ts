/**
 * keys:refresh against local stand-ins (tests/fixtures/keys/stand-in.ts):
 * sources, pinning, merging, every hostile source of issue 13 (one report
 * line each, the held key kept), the signed document, and the exit codes of
 * the command itself. Only 127.0.0.1 is ever asked.
 */
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import * as openpgp from 'openpgp';
import { loadTeams } from '@/lib/profile/load';
import { teamFiles } from '@/lib/profile/files';
import { readKeyFacts } from '@/lib/pgp/key-file';
import { createFetcher } from '@/lib/keys/fetcher';
import { parseHostMap } from '@/lib/keys/host-map';
import { readKeySources } from '@/lib/keys/provenance';
import { refreshTeam } from '@/lib/keys/refresh-team';
import { teamReportLines } from '@/lib/keys/report';
import { wkdHash, wkdUrls } from '@/lib/keys/wkd';
import { keySources } from '@/lib/keys/sources';
import { serve, redirect, never, type StandIn } from './fixtures/keys/stand-in';
import { refreshSession } from './fixtures/keys/session';
import { otherKey, armored, CHECK_DATE } from './fixtures/keys/keys';
import { makeContent } from './fixtures/keys/content';

const HOSTS = ['cert.example', 'openpgpkey.cert.example', 'keys.openpgp.org', 'elsewhere.example'];
const EMAIL = 'cert@cert.example';
const KEY_URL = 'cert.example/key.asc';

const session = refreshSession(EMAIL, HOSTS);
let content: string;
const teamDir = () => path.join(content, 'teams', 'cert-example');
const keyFile = () => path.join(teamDir(), 'key.asc');

beforeEach(() => {
  session.standIn.routes.clear();
  content = makeContent([{ slug: 'cert-example', fingerprint: session.team.fingerprint, email: EMAIL, urls: ['https://cert.example/key.asc'], signatureUrl: 'https://cert.example/rfc2350.txt.asc' }]);
});

async function refresh(timeoutMs = 2000) {
  const fetcher = session.fetcher(timeoutMs);
  const [loaded] = loadTeams(content);
  const result = await refreshTeam(loaded, fetcher, CHECK_DATE);
  return { result, lines: teamReportLines(result), source: result.record.keys[0].sources[0] };
}

const heldKey = async () => openpgp.readKey({ armoredKey: fs.readFileSync(keyFile(), 'utf8') });

test('WKD names: z-base-32 of the SHA-1 of the lowercased local part (the draft\'s example), advanced then direct', () => {
  assert.equal(wkdHash('Joe.Doe'), 'iy9q119eutrkn8s1mk4r39qejnbu3n5q');
  assert.deepEqual(wkdUrls('Joe.Doe@Example.ORG'), {
    advanced: 'https://openpgpkey.example.org/.well-known/openpgpkey/example.org/hu/iy9q119eutrkn8s1mk4r39qejnbu3n5q?l=Joe.Doe',
    direct: 'https://example.org/.well-known/openpgpkey/hu/iy9q119eutrkn8s1mk4r39qejnbu3n5q?l=Joe.Doe',
  });
});

test('sources: the profile URL, WKD advanced then direct for each address, then VKS by fingerprint', () => {
  const [loaded] = loadTeams(content);
  assert.deepEqual(keySources(loaded, session.team.fingerprint).map((s) => s.kind), ['profile-url', 'wkd-advanced', 'wkd-direct', 'vks']);
  assert.match(keySources(loaded, session.team.fingerprint)[3].url, new RegExp(`/vks/v1/by-fingerprint/${session.team.fingerprint}$`));
});

test('a key served at every source is written to key.asc, pinned, with a provenance record naming each source', async () => {
  const key = armored(session.team.extended);
  const hu = wkdHash('cert');
  session.standIn.routes.set(KEY_URL, serve(key));
  session.standIn.routes.set(`openpgpkey.cert.example/.well-known/openpgpkey/cert.example/hu/${hu}`, serve(session.team.extended.write()));
  session.standIn.routes.set(`keys.openpgp.org/vks/v1/by-fingerprint/${session.team.fingerprint}`, serve(key));
  const { result } = await refresh();
  assert.equal(result.record.keys[0].state, 'new');
  assert.deepEqual(result.record.keys[0].sources.map((s) => s.outcome), ['same-fingerprint', 'same-fingerprint', 'unreachable', 'same-fingerprint']);
  assert.equal((await heldKey()).getFingerprint().toUpperCase(), session.team.fingerprint);
  const record = readKeySources(teamDir());
  assert.equal(record?.keys[0].sources[2].reason, 'HTTP 404');
  assert.equal(record?.checked_at, CHECK_DATE.toISOString());
  assert.deepEqual(result.problems, []);
  // The build reads what the command wrote: the folder is accepted and the key read by the engine.
  assert.equal(teamFiles(teamDir()).key, 'key.asc');
  const facts = await readKeyFacts(fs.readFileSync(keyFile()), { now: CHECK_DATE });
  assert.deepEqual(facts.ok && facts.keys.map((k) => k.fingerprint), [session.team.fingerprint]);
});

test('a revocation served later is merged and reported as newly revoked; a copy without it never removes it', async () => {
  fs.writeFileSync(keyFile(), armored(session.team.extended));
  session.standIn.routes.set(KEY_URL, serve(armored(session.team.revoked)));
  const first = await refresh();
  assert.equal(first.result.record.keys[0].state, 'updated');
  assert.deepEqual(first.result.problems.map((p) => p.problem), ['newly-revoked']);
  assert.equal(await (await heldKey()).isRevoked(undefined, undefined, CHECK_DATE), true);
  // The right key without the revocation already held.
  const held = fs.readFileSync(keyFile());
  session.standIn.routes.set(KEY_URL, serve(armored(session.team.extended)));
  const second = await refresh();
  assert.equal(await (await heldKey()).isRevoked(undefined, undefined, CHECK_DATE), true);
  assert.deepEqual(fs.readFileSync(keyFile()), held);
  assert.match(second.lines.join('\n'), /profile-url https:\/\/cert\.example\/key\.asc: same fingerprint, unchanged: this copy is weaker than the held key \(the revocation would be lost\)/);
  assert.deepEqual(second.result.problems, []);
});

const hostile: { name: string; route: () => Promise<[string, Parameters<StandIn['routes']['set']>[1]][]>; outcome: string; line: RegExp; timeoutMs?: number }[] = [
  { name: "another key's fingerprint", route: async () => [[KEY_URL, serve(armored(await otherKey()))]], outcome: 'other-fingerprint', line: /key\.asc: other fingerprint \([0-9A-F]{40}\); held key kept/ },
  { name: 'HTML instead of a key', route: async () => [[KEY_URL, serve('<!doctype html><html><body>Not found</body></html>', 'text/html')]], outcome: 'refused', line: /key\.asc: refused: the file is an HTML or XML page; held key kept/ },
  { name: 'a response over 1 MB', route: async () => [[KEY_URL, serve(Buffer.alloc(1_100_000, 0x41))]], outcome: 'refused', line: /key\.asc: refused: response larger than 1,000,000 bytes; held key kept/ },
  { name: 'a server that never answers', route: async () => [[KEY_URL, never]], outcome: 'unreachable', line: /key\.asc: unreachable: no answer within 300 ms; held key kept/, timeoutMs: 300 },
  { name: 'a redirect to another host', route: async () => [[KEY_URL, redirect('https://elsewhere.example/key.asc')], ['elsewhere.example/key.asc', serve(armored(session.team.extended))]], outcome: 'refused', line: /key\.asc: refused: redirect to another host or scheme \(https:\/\/elsewhere\.example\); held key kept/ },
  { name: 'a file holding many keys', route: async () => [[KEY_URL, serve(armored(session.team.extended, ...(await Promise.all([1, 2, 3].map((i) => otherKey(`x${i}@other.example`))))))]], outcome: 'refused', line: /key\.asc: refused: the file holds 4 keys, 3 of them not listed by the team; held key kept/ },
  { name: 'many keys in separate armored blocks, the right one first', route: async () => [[KEY_URL, serve([armored(session.team.extended), armored(await otherKey()), armored(await otherKey('y@other.example'))].join('\n'))]], outcome: 'refused', line: /key\.asc: refused: the file holds 3 keys, 2 of them not listed by the team; held key kept/ },
  { name: 'a secret key after the public one', route: async () => [[KEY_URL, serve(`${armored(session.team.extended)}\n${session.team.private.armor()}`)]], outcome: 'refused', line: /key\.asc: refused: the file holds SECRET key material; held key kept/ },
  { name: 'a binary secret key', route: async () => [[KEY_URL, serve(session.team.private.write())]], outcome: 'refused', line: /key\.asc: refused: the file holds SECRET key material; held key kept/ },
  { name: 'a secret key', route: async () => [[KEY_URL, serve(session.team.private.armor())]], outcome: 'refused', line: /key\.asc: refused: the file holds SECRET key material; held key kept/ },
];

for (const c of hostile) {
  test(`hostile source: ${c.name} — one report line, the held key kept`, async () => {
    fs.writeFileSync(keyFile(), armored(session.team.extended));
    const held = fs.readFileSync(keyFile());
    for (const [route, handler] of await c.route()) session.standIn.routes.set(route, handler);
    const { result, lines, source } = await refresh(c.timeoutMs);
    assert.equal(source.outcome, c.outcome);
    assert.equal(lines.filter((l) => c.line.test(l)).length, 1, lines.join('\n'));
    assert.deepEqual(fs.readFileSync(keyFile()), held);
    assert.equal(result.record.keys[0].state, 'unchanged');
  });
}

test('hostile source: an expired copy where the held key was extended — the later expiry kept', async () => {
  fs.writeFileSync(keyFile(), armored(session.team.extended));
  session.standIn.routes.set(KEY_URL, serve(armored(session.team.original)));
  const { lines } = await refresh();
  assert.equal((await (await heldKey()).getExpirationTime())?.valueOf(), new Date('2099-01-01T00:00:00Z').valueOf());
  assert.equal(lines.filter((l) => /key\.asc: same fingerprint, \w+: this copy is weaker than the held key \(the expiry would move earlier\); nothing was lost/.test(l)).length, 1, lines.join('\n'));
});

test('an expiry extension is merged into a held expired key', async () => {
  fs.writeFileSync(keyFile(), armored(session.team.original));
  session.standIn.routes.set(KEY_URL, serve(armored(session.team.extended)));
  const { result } = await refresh();
  assert.equal(result.record.keys[0].state, 'updated');
  assert.equal((await (await heldKey()).getExpirationTime())?.valueOf(), new Date('2099-01-01T00:00:00Z').valueOf());
});

test('nothing held and nothing served: the key is missing, nothing written', async () => {
  const { result } = await refresh();
  assert.deepEqual(result.problems.map((p) => p.problem), ['missing']);
  assert.equal(fs.existsSync(keyFile()), false);
});

test('the signed document and its signature are stored only when the signature verifies with the held key', async () => {
  const text = 'RFC 2350 document of Test CERT\n';
  const signature = await openpgp.sign({ message: await openpgp.createMessage({ binary: Buffer.from(text) }), signingKeys: session.team.private, detached: true, date: new Date('2025-12-01T00:00:00Z') });
  fs.writeFileSync(keyFile(), armored(session.team.extended));
  session.standIn.routes.set('cert.example/rfc2350.txt', serve(text, 'text/plain'));
  session.standIn.routes.set('cert.example/rfc2350.txt.asc', serve(signature, 'text/plain'));
  const good = await refresh();
  assert.deepEqual(good.result.record.documents.map((d) => [d.file, d.outcome]), [['rfc2350.txt', 'stored'], ['rfc2350.txt.asc', 'stored']]);
  assert.equal(fs.readFileSync(path.join(teamDir(), 'rfc2350.txt'), 'utf8'), text);
  session.standIn.routes.set('cert.example/rfc2350.txt', serve('A tampered document\n', 'text/plain'));
  const bad = await refresh();
  assert.equal(bad.result.record.documents[0].outcome, 'refused');
  assert.match(bad.result.record.documents[0].reason ?? '', /signature not valid with the held key \(invalid/);
  assert.equal(fs.readFileSync(path.join(teamDir(), 'rfc2350.txt'), 'utf8'), text);
});

test('the per-host limit holds under many requests to one host', async () => {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  session.standIn.routes.set(KEY_URL, (_req, res) => void gate.then(() => serve('x')(_req, res)));
  const fetcher = createFetcher({ hostMap: parseHostMap(session.standIn.hostMap(HOSTS)), timeoutMs: 5000, maxBytes: 100, perHost: 3, global: 10 });
  const all = Promise.all(Array.from({ length: 12 }, () => fetcher('https://cert.example/key.asc')));
  await new Promise((resolve) => setTimeout(resolve, 200));
  release();
  const answers = await all;
  assert.equal(answers.every((a) => a.ok), true);
  assert.equal(session.standIn.peak.get('cert.example'), 3);
});

/** The command itself, spawned asynchronously so the stand-in in this process keeps answering. */
function run(args: string[], env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/keys-refresh.ts', ...args], { env: { ...process.env, CONTENT_DIR: content, KEYS_TIMEOUT_MS: '2000', ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}

test('exit codes of npm run keys:refresh: 0 all keys checked, 1 a key mismatched, 2 unusable arguments', async () => {
  const hostMap = session.standIn.hostMap(HOSTS);
  fs.writeFileSync(keyFile(), armored(session.team.extended));
  session.standIn.routes.set(KEY_URL, serve(armored(session.team.extended)));
  const ok = await run(['--team', 'cert-example'], { KEYS_HOST_MAP: hostMap });
  assert.equal(ok.status, 0, ok.stdout + ok.stderr);
  assert.match(ok.stdout, /cert-example .*: unchanged; 1\/4 sources serve it/);
  assert.match(ok.stderr, /keys: 1\/1 teams/);
  const other = armored(await otherKey());
  session.standIn.routes.set(KEY_URL, serve(other));
  const bad = await run([], { KEYS_HOST_MAP: hostMap });
  assert.equal(bad.status, 1, bad.stdout + bad.stderr);
  assert.match(bad.stdout, new RegExp(`cert-example ${session.team.fingerprint}: MISMATCHED`));
  assert.equal((await run(['--tema', 'x'], {})).status, 2);
  const unknown = await run(['--team', 'no-such-team'], {});
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /no team "no-such-team"/);
  const badMap = await run([], { KEYS_HOST_MAP: 'cert.example' });
  assert.equal(badMap.status, 2);
  assert.match(badMap.stderr, /KEYS_HOST_MAP: "cert\.example" is not host=URL/);
});
