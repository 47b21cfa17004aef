/**
 * npm run bench:keys [-- --teams N --global N --per-host N]: keys:refresh over N synthetic teams
 * (default 1,000) against a local stand-in (127.0.0.1) for their sites, WKD
 * and the key server, with the command's default bounds (16 requests at once,
 * 4 per host name). Half the teams already hold their key. Prints the figures
 * recorded in docs/performance.md; fails when the run is over 60 s.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as openpgp from 'openpgp';
import { DEFAULT_FETCH_OPTIONS } from '@/lib/keys/fetcher';
import { parseHostMap } from '@/lib/keys/host-map';
import { refreshKeys } from '@/lib/keys/refresh';
import { wkdHash } from '@/lib/keys/wkd';
import { makeContent, type TeamSpec } from '../tests/fixtures/keys/content';
import { armored } from '../tests/fixtures/keys/keys';
import { serve, startStandIn } from '../tests/fixtures/keys/stand-in';

const BUDGET_S = 60;
const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  const value = at > 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} expects a positive whole number`);
  return value;
};
const count = option('teams', 1000);
// --global 1 --per-host 1: the serial baseline of docs/performance.md.
const bounds = { global: option('global', DEFAULT_FETCH_OPTIONS.global), perHost: option('per-host', DEFAULT_FETCH_OPTIONS.perHost) };

const setupStart = Date.now();
const standIn = await startStandIn();
const keys = await Promise.all(
  Array.from({ length: count }, (_, i) => openpgp.generateKey({ userIDs: [{ email: `cert@team${i}.example` }], date: new Date('2025-01-01T00:00:00Z'), format: 'object' })),
);
const specs: TeamSpec[] = keys.map(({ publicKey }, i) => ({ slug: `team-${i}`, fingerprint: publicKey.getFingerprint().toUpperCase(), email: `cert@team${i}.example`, urls: [`https://team${i}.example/key.asc`] }));
const content = makeContent(specs);
const hosts = ['keys.openpgp.org'];
keys.forEach(({ publicKey }, i) => {
  const key = armored(publicKey);
  const fpr = specs[i].fingerprint;
  hosts.push(`team${i}.example`, `openpgpkey.team${i}.example`);
  standIn.routes.set(`team${i}.example/key.asc`, serve(key));
  standIn.routes.set(`team${i}.example/.well-known/openpgpkey/hu/${wkdHash('cert')}`, serve(publicKey.write()));
  standIn.routes.set(`keys.openpgp.org/vks/v1/by-fingerprint/${fpr}`, serve(key));
  if (i % 2 === 0) fs.writeFileSync(path.join(content, 'teams', specs[i].slug, 'key.asc'), key);
});
process.env.CONTENT_DIR = content;
const setupS = (Date.now() - setupStart) / 1000;

const started = Date.now();
const summary = await refreshKeys(
  { teams: [], fetch: { ...DEFAULT_FETCH_OPTIONS, ...bounds, hostMap: parseHostMap(standIn.hostMap(hosts)) } },
  { out: () => {}, progress: (line, final) => process.stderr.write(`\r${line}${final ? '\n' : ''}`) },
);
const seconds = (Date.now() - started) / 1000;
await standIn.close();
fs.rmSync(content, { recursive: true, force: true });

const states = new Map<string, number>();
for (const r of summary.results) for (const k of r.record.keys) states.set(k.state, (states.get(k.state) ?? 0) + 1);
const requests = summary.results.reduce((n, r) => n + r.record.keys.reduce((m, k) => m + k.sources.length, 0), 0);
console.log(`teams: ${summary.teams} (setup ${setupS.toFixed(1)} s: keys generated, content written)`);
console.log(`requests: ${requests} (${(requests / seconds).toFixed(0)}/s), bounds: ${bounds.global} at once, ${bounds.perHost} per host`);
console.log(`peak per host: keys.openpgp.org ${standIn.peak.get('keys.openpgp.org')}, any team host ${Math.max(...[...standIn.peak].filter(([h]) => h !== 'keys.openpgp.org').map(([, n]) => n))}`);
console.log(`keys: ${[...states].map(([s, n]) => `${n} ${s}`).join(', ')}; problems ${summary.problems.length}, failures ${summary.failures.length}`);
console.log(`refresh: ${seconds.toFixed(1)} s (budget ${BUDGET_S} s)`);
if (seconds > BUDGET_S || summary.code !== 0) process.exitCode = 1;
