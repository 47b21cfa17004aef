/**
 * Reads every team folder of the content directory and validates it.
 *
 * The build calls this once per worker; the first bad file stops everything
 * with a ProfileError that names the file, the field path and what was expected.
 */
import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import YAML from 'yaml';
import type { z } from 'zod';
import { profileSchema, type Profile } from './schema';
import {
  estimateBlockNesting,
  estimateInlineNesting,
  forbiddenBodyCharacter,
  forbiddenFrontmatterCharacter,
  PROFILE_LIMITS,
  lineOf,
  SLUG_PATTERN,
} from './rules';
import { deepestNesting } from '../text/markdown';
import { restrictReproduction } from './rights';

export type Team = {
  /** Folder name: the team's permanent URL segment. */
  slug: string;
  /** Path of profile.md relative to the working directory, for messages. */
  file: string;
  profile: Profile;
  /** Markdown body: the team's RFC 2350 narrative, untrusted; empty when the document forbids its reproduction. */
  body: string;
  /**
   * Where the body was withheld (its document may not be reproduced), the body as written, for the
   * search index's keywords only (lib/search/record.ts): never rendered, never published.
   */
  withheldBody?: string;
};

export class ProfileError extends Error {
  constructor(
    readonly file: string,
    readonly field: string | null,
    readonly detail: string,
  ) {
    super(`${file}: ${field ? `${field}: ` : ''}${detail}`);
    this.name = 'ProfileError';
  }
}

export function contentDir(): string {
  return path.resolve(process.env.CONTENT_DIR || 'content');
}

/**
 * YAML 1.2 core schema: no implicit timestamps (a date stays the string the
 * author wrote), duplicate keys are an error, and alias expansion is capped so
 * an "alias bomb" fails fast instead of eating the build's memory.
 */
class FrontmatterTooLarge extends Error {}

const yamlEngine = (source: string): object => {
  if (source.length > PROFILE_LIMITS.frontmatterChars) throw new FrontmatterTooLarge(String(source.length));
  const value = YAML.parse(source, { schema: 'core', uniqueKeys: true, maxAliasCount: 50, prettyErrors: true });
  return value ?? {};
};

function fieldPath(issue: z.core.$ZodIssue): string {
  return issue.path.length ? issue.path.map(String).join('.') : '(frontmatter)';
}

function valueAt(data: unknown, keys: PropertyKey[]): unknown {
  return keys.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined), data);
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const parent = valueAt(data, issue.path.slice(0, -1));
  if (issue.path.length && parent && typeof parent === 'object' && valueAt(data, issue.path) === undefined) {
    return `missing required field (${issue.message.replace(/^Invalid (input|option): /, '')})`;
  }
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  return issue.message;
}

const bytesText = (n: number) => `${n.toLocaleString('en')} bytes`;

/**
 * Every string of the frontmatter (keys too), walked without recursion so that
 * a deeply nested YAML value cannot overflow the stack: the first one holding
 * a bidi control, a control character or an invisible character stops the build.
 */
function checkFrontmatterText(file: string, data: unknown): void {
  const stack: { value: unknown; path: string[] }[] = [{ value: data, path: [] }];
  while (stack.length) {
    const { value, path: at } = stack.pop()!;
    const field = at.length ? at.join('.') : '(frontmatter)';
    if (typeof value === 'string') {
      const bad = forbiddenFrontmatterCharacter(value);
      if (bad) throw new ProfileError(file, field, `character ${bad.index + 1} is ${bad.description}; remove it`);
    } else if (value && typeof value === 'object') {
      const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
      for (const [key, child] of entries.reverse()) {
        const bad = forbiddenFrontmatterCharacter(key);
        if (bad) throw new ProfileError(file, field, `the key "${key}" holds ${bad.description}; remove it`);
        stack.push({ value: child, path: [...at, key] });
      }
    }
  }
}

/**
 * The body is checked here, before any page is built, so that check:content
 * and the build's validation step catch it: its size, bidi controls, and how
 * deeply it nests (a parser fed thousands of nested lists or block quotes
 * overflows its stack). `firstLine` is the file line the body starts on, so
 * messages give lines an editor shows.
 */
function checkBody(file: string, content: string, firstLine: number): void {
  const size = Buffer.byteLength(content, 'utf8');
  if (size > PROFILE_LIMITS.bodyBytes) {
    throw new ProfileError(file, '(body)', `the Markdown body is ${bytesText(size)}; the limit is ${bytesText(PROFILE_LIMITS.bodyBytes)} (${PROFILE_LIMITS.bodyBytes / 1024} KB)`);
  }
  const at = (line: number) => `line ${firstLine + line - 1}`;
  const bidi = forbiddenBodyCharacter(content);
  if (bidi) throw new ProfileError(file, '(body)', `${at(lineOf(content, bidi.index))}: ${bidi.description}; remove it`);
  const limit = PROFILE_LIMITS.bodyNesting;
  const tooDeep = (line: number, what: string) =>
    new ProfileError(file, '(body)', `${at(line)}: ${what}; the limit is ${limit} levels of lists, block quotes, footnotes, emphasis and links inside each other`);
  const block = estimateBlockNesting(content, limit);
  if (block) throw tooDeep(block.line, `Markdown nested ${block.depth > limit * 4 ? `more than ${limit * 4}` : `about ${block.depth}`} levels deep`);
  const inline = estimateInlineNesting(content, limit);
  if (inline) throw tooDeep(inline.line, `${inline.what} (emphasis or links that could nest too deeply)`);
  let deepest: { depth: number; line: number };
  try {
    deepest = deepestNesting(content);
  } catch (error) {
    if (error instanceof RangeError) throw new ProfileError(file, '(body)', `the Markdown is nested too deeply to be read; the limit is ${limit} levels`);
    throw error;
  }
  if (deepest.depth > limit) throw tooDeep(deepest.line, `Markdown nested ${deepest.depth} levels deep`);
}

/** Parses and validates one profile.md; throws ProfileError on the first problem. */
export function parseProfile(file: string, bytes: Buffer): { profile: Profile; body: string } {
  if (bytes.length > PROFILE_LIMITS.fileBytes) {
    throw new ProfileError(file, null, `the file is ${bytesText(bytes.length)}; a profile may be at most ${bytesText(PROFILE_LIMITS.fileBytes)} (and its body ${PROFILE_LIMITS.bodyBytes / 1024} KB)`);
  }
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ProfileError(file, null, 'the file is not valid UTF-8 text');
  }
  if (!/^\uFEFF?---\r?\n/.test(raw)) throw new ProfileError(file, null, 'expected YAML frontmatter between "---" lines at the top of the file');
  let parsed: matter.GrayMatterFile<string>;
  try {
    // gray-matter caches by input string; an empty options object turns that off.
    parsed = matter(raw, { engines: { yaml: yamlEngine } });
  } catch (error) {
    if (error instanceof FrontmatterTooLarge) {
      throw new ProfileError(file, '(frontmatter)', `the frontmatter is ${Number(error.message).toLocaleString('en')} characters; the limit is ${PROFILE_LIMITS.frontmatterChars.toLocaleString('en')}`);
    }
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ProfileError(file, null, `unparseable YAML frontmatter: ${reason}`);
  }
  checkFrontmatterText(file, parsed.data);
  const result = profileSchema.safeParse(parsed.data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ProfileError(file, fieldPath(issue), describeIssue(issue, parsed.data));
  }
  const body = parsed.content.trim();
  if (!body) throw new ProfileError(file, '(body)', 'expected the RFC 2350 narrative as Markdown below the frontmatter');
  const content = raw.endsWith(parsed.content) ? parsed.content : body;
  checkBody(file, content, lineOf(raw, raw.length - content.length));
  return { profile: result.data, body };
}

function readTeams(dir: string): Team[] {
  const teamsDir = path.join(dir, 'teams');
  if (!fs.existsSync(teamsDir)) throw new ProfileError(path.relative(process.cwd(), teamsDir) || teamsDir, null, 'content folder has no teams/ directory');
  const folders = fs
    .readdirSync(teamsDir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const rel = (name: string) => path.relative(process.cwd(), path.join(teamsDir, name));
  // Slugs are compared case-insensitively: on a case-insensitive host two such folders would be one URL.
  const seen = new Map<string, string>();
  for (const entry of folders) {
    const twin = seen.get(entry.name.toLowerCase());
    if (twin) throw new ProfileError(rel(entry.name), null, `duplicate slug "${entry.name.toLowerCase()}": ${rel(twin)} has the same name (slugs are compared case-insensitively)`);
    seen.set(entry.name.toLowerCase(), entry.name);
  }
  const teams: Team[] = [];
  for (const entry of folders) {
    if (!entry.isDirectory()) throw new ProfileError(rel(entry.name), null, 'expected a folder per team (content/teams/<slug>/profile.md)');
    if (!SLUG_PATTERN.test(entry.name)) throw new ProfileError(rel(entry.name), null, 'expected a folder name of lowercase letters, digits and single hyphens (it becomes the permalink)');
    const file = path.join(rel(entry.name), 'profile.md');
    if (!fs.existsSync(file)) throw new ProfileError(file, null, 'missing profile.md in the team folder');
    // Pages and exports get a document that may not be reproduced as short quotes and no body (lib/profile/rights.ts).
    const { profile, body } = parseProfile(file, fs.readFileSync(file));
    const shown = restrictReproduction(profile, body);
    teams.push({ slug: entry.name, file, ...shown, ...(shown.body !== body && { withheldBody: body }) });
  }
  return teams.sort((a, b) => a.profile.name.official.localeCompare(b.profile.name.official, 'fr', { sensitivity: 'base' }));
}

const cache = new Map<string, Team[]>();

/** Every team of the content directory, sorted by official name. Cached per directory. */
export function loadTeams(dir: string = contentDir()): Team[] {
  let teams = cache.get(dir);
  if (!teams) {
    teams = readTeams(dir);
    cache.set(dir, teams);
  }
  return teams;
}

export function findTeam(slug: string, dir: string = contentDir()): Team | undefined {
  return loadTeams(dir).find((t) => t.slug === slug);
}
