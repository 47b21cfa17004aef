/**
 * Builds the static site, all or nothing.
 *
 *   SITE_URL=https://your.domain npm run build   a site to publish
 *   npm run build -- --local                     a preview on this machine (npm start, e2e)
 *
 * 1. Validates every profile first: a bad one stops here, naming file and field.
 *    Then decides the public base URL: SITE_URL, or with --local the address
 *    of `npm run serve`; without either it stops, since every permalink,
 *    snippet, feed and record would point to this machine.
 * 2. Runs `next build` (static export into out/).
 * 3. Only when that succeeds, swaps out/ into SITE_DIR (default: site/) with
 *    renames, so a server pointed at SITE_DIR never sees a half-written site.
 *    On failure out/ is removed and the previous SITE_DIR stays as it was.
 */
import { routes } from '@/lib/site/routes';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { contentDir, loadTeams, ProfileError, type Team } from '@/lib/profile/load';
import { teamKeys, type TeamKeys } from '@/lib/profile/keys';
import { keyIndex } from '@/lib/keys/key-index';
import { renderEmbeds } from '@/lib/exports/embeds';
import { openDataFiles } from '@/lib/exports';
import { SECURITY_TXT_PATH, securityTxt } from '@/lib/exports/security-txt';
import { resolveSiteUrl } from '@/lib/site/url';
import { EXPIRING_FEED_PATH, expiringKeysFeed } from '@/lib/keys/expiring-feed';
import { buildNow } from '@/lib/site/build-time';
import { writeSearchIndex } from '@/lib/search/write-index';
import { EMBED_POLICY, headersFile, inlineScriptHashes, pagePolicy, withCspMeta } from '@/lib/site/security';
import { htmlFiles } from './site-tools';

const root = process.cwd();
const exportDir = path.join(root, 'out');
const siteDir = path.resolve(process.env.SITE_DIR || 'site');

function fail(message: string): never {
  fs.rmSync(exportDir, { recursive: true, force: true });
  console.error(`\nBuild failed: ${message}\nNothing was published; ${path.relative(root, siteDir) || siteDir} is unchanged.`);
  process.exit(1);
}

let teams: Team[] = [];
const folders = new Map<string, TeamKeys>();
try {
  teams = loadTeams();
  for (const team of teams) folders.set(team.slug, await teamKeys(team));
  console.log(`Content: ${teams.length} valid profile(s) in ${path.relative(root, contentDir()) || contentDir()}`);
} catch (error) {
  if (error instanceof ProfileError) fail(error.message);
  throw error;
}

let site: string;
try {
  site = resolveSiteUrl(process.env.SITE_URL, process.argv.includes('--local'));
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
console.log(`Public base URL: ${site}`);

fs.rmSync(exportDir, { recursive: true, force: true });
// NEXT_BIN: the Next CLI to run (tests give a stand-in that fails half way, to check that nothing is published).
const next = spawnSync(process.execPath, [process.env.NEXT_BIN || path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
  stdio: 'inherit',
  env: { ...process.env, SITE_URL: site, NEXT_TELEMETRY_DISABLED: '1' },
});
if (next.status !== 0) fail(`next build exited with ${next.status ?? next.signal}`);
for (const required of ['index.html', '404.html', 'fr/index.html', 'en/index.html']) {
  if (!fs.existsSync(path.join(exportDir, required))) fail(`the export lacks ${required}`);
}

// The teams' own files, byte for byte, so browsers verify exactly what was signed.
for (const team of teams) {
  const { files } = folders.get(team.slug)!;
  const target = path.join(exportDir, 'files', team.slug);
  fs.mkdirSync(target, { recursive: true });
  const names = [...files.documents.flatMap((d) => [d.name, ...d.signatures]), ...(files.key ? [files.key] : [])];
  for (const name of names) fs.copyFileSync(path.join(files.dir, name), path.join(target, name));
}
const index = keyIndex(
  teams.map((team) => {
    const { files, keys } = folders.get(team.slug)!;
    const held = files.key && keys ? { fingerprints: keys.map((k) => k.fingerprint), url: routes.file(team.slug, files.key) } : null;
    return { slug: team.slug, name: team.profile.name.official, listed: team.profile.pgp_keys.map((k) => k.fingerprint), held };
  }),
);
fs.writeFileSync(path.join(exportDir, routes.keyIndex), JSON.stringify(index));

// Contact cards for partner sites' iframes: static HTML without any framework script.
for (const embed of renderEmbeds(teams, site)) {
  fs.mkdirSync(path.dirname(path.join(exportDir, embed.path)), { recursive: true });
  fs.writeFileSync(path.join(exportDir, embed.path), embed.html);
}

// Open data: teams.json and its schema, per-team JSON and vCard, Atom feeds, sitemap, robots.txt.
for (const file of await openDataFiles(teams, { siteUrl: site, keys: folders })) {
  const target = path.join(exportDir, file.path);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, file.content);
}

// The directory's own security.txt (RFC 9116), clearsigned when the build is given a key.
try {
  const signingKey = process.env.SECURITY_TXT_KEY ? fs.readFileSync(process.env.SECURITY_TXT_KEY, 'utf8') : undefined;
  const file = path.join(exportDir, SECURITY_TXT_PATH);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, await securityTxt({ base: site, now: buildNow(), contact: process.env.SECURITY_CONTACT, signingKey, passphrase: process.env.SECURITY_TXT_PASSPHRASE }));
} catch (error) {
  fail(`could not write ${SECURITY_TXT_PATH}: ${error instanceof Error ? error.message : String(error)}`);
}

// Keys expiring within 60 days, for peers (lib/keys/expiring-feed.ts), judged as of the build.
const heldKeys = teams.flatMap((team) => (folders.get(team.slug)!.keys ?? []).map((key) => ({ slug: team.slug, name: team.profile.name.official, key })));
fs.writeFileSync(path.join(exportDir, EXPIRING_FEED_PATH), expiringKeysFeed(heldKeys, buildNow(), site));

// Search: the index files under out/search/ (lib/search/index-format.ts).
try {
  await writeSearchIndex(teams, exportDir);
} catch (error) {
  fail(`could not write the search index: ${error instanceof Error ? error.message : String(error)}`);
}

// Content-Security-Policy in every page: only our scripts and this page's own inline ones, by hash.
const pages = htmlFiles(exportDir);
for (const page of pages) {
  const file = path.join(exportDir, page);
  const html = fs.readFileSync(file, 'utf8');
  const policy = page.split(path.sep)[0] === 'embed' ? EMBED_POLICY : pagePolicy(inlineScriptHashes(html));
  fs.writeFileSync(file, withCspMeta(html, policy));
}
fs.writeFileSync(path.join(exportDir, '_headers'), headersFile());

const old = `${siteDir}.old`;
fs.rmSync(old, { recursive: true, force: true });
fs.mkdirSync(path.dirname(siteDir), { recursive: true });
if (fs.existsSync(siteDir)) fs.renameSync(siteDir, old);
fs.renameSync(exportDir, siteDir);
fs.rmSync(old, { recursive: true, force: true });
console.log(`Site published to ${path.relative(root, siteDir) || siteDir}`);
