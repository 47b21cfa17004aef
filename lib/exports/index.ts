/**
 * The open data of the directory, as files for the exported site:
 * data/teams.json and its JSON Schema, the same teams in Trusted
 * Introducer's and FIRST's shapes and as CSV, one JSON record and one vCard per
 * team, the Atom change feeds (feed.xml, and one per UI language), the
 * sitemap and robots.txt.
 *
 * Why one entry point: scripts/build.ts writes whatever this returns into the
 * site, so the formats can grow without touching the build. Pure and
 * deterministic: the output depends on the profiles, the key facts and the
 * site URL only, never on the clock (no build timestamp anywhere), so the same
 * content gives the same bytes and unchanged files stay unchanged for caches.
 */
import 'server-only';
import type { Team } from '@/lib/profile/load';
import type { TeamKeys } from '@/lib/profile/keys';
import { UI_LANGS } from '@/lib/i18n/ui-lang';
import { atomFeed } from './atom';
import { latestOf } from './dates';
import { teamRecord } from './record';
import { exportFileSchema, teamsJsonSchema, type ExportTeam } from './record-schema';
import { robotsTxt, sitemap } from './sitemap';
import { teamVcard } from './vcard';
import { firstEnvelope, tiTeam } from './directories';
import { teamsCsv } from './csv';
import { DATA_LICENCE } from './licence';
import { OPEN_DATA_PATHS, absolute, baseUrl } from '@/lib/site/url';

export type ExportFile = { path: string; content: string | Uint8Array; contentType: string };

export { teamJsonLd } from './json-ld';
export { safeJsonForScript } from './safe-json';
export { teamRecord } from './record';
export { teamsJsonSchema, type ExportTeam } from './record-schema';

const JSON_TYPE = 'application/json; charset=utf-8';
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Every open data file for the teams. `siteUrl` is the absolute public base
 * URL; `keys` holds, by slug, what the build read from each team folder (a
 * team missing from it is published without key file facts or file list).
 */
export async function openDataFiles(teams: Team[], options: { siteUrl: string; keys: Map<string, TeamKeys> }): Promise<ExportFile[]> {
  const base = baseUrl(options.siteUrl);
  const records = new Map<string, ExportTeam>(teams.map((t) => [t.slug, teamRecord(t, base, options.keys.get(t.slug))]));
  const list = teams.map((t) => records.get(t.slug)!);
  const schemaUrl = absolute(base, OPEN_DATA_PATHS.schema);
  const all = exportFileSchema.parse({
    $schema: schemaUrl,
    version: 1,
    generated_from: 'profiles',
    licence: DATA_LICENCE,
    last_modified: latestOf(list.map((r) => r.last_modified)),
    teams: list,
  });

  return [
    { path: OPEN_DATA_PATHS.teams, content: json(all), contentType: JSON_TYPE },
    { path: OPEN_DATA_PATHS.schema, content: json(teamsJsonSchema(schemaUrl)), contentType: 'application/schema+json; charset=utf-8' },
    { path: OPEN_DATA_PATHS.tiTeams, content: json(list.map(tiTeam)), contentType: JSON_TYPE },
    { path: OPEN_DATA_PATHS.firstTeams, content: json(firstEnvelope(list)), contentType: JSON_TYPE },
    { path: OPEN_DATA_PATHS.csv, content: teamsCsv(list), contentType: 'text/csv; charset=utf-8; header=present' },
    ...list.flatMap((record) => [
      { path: OPEN_DATA_PATHS.teamJson(record.slug), content: json(record), contentType: JSON_TYPE },
      { path: OPEN_DATA_PATHS.teamVcard(record.slug), content: teamVcard(record), contentType: 'text/vcard; charset=utf-8' },
    ]),
    ...[
      { path: OPEN_DATA_PATHS.feed, lang: 'en' as const },
      ...UI_LANGS.map((lang) => ({ path: OPEN_DATA_PATHS.langFeed(lang), lang })),
    ].map(({ path, lang }) => ({ path, content: atomFeed(teams, records, base, lang, path), contentType: 'application/atom+xml; charset=utf-8' })),
    { path: OPEN_DATA_PATHS.sitemap, content: sitemap(teams, base), contentType: 'application/xml; charset=utf-8' },
    { path: OPEN_DATA_PATHS.robots, content: robotsTxt(base), contentType: 'text/plain; charset=utf-8' },
  ];
}
