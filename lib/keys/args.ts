/**
 * keys:refresh's command line and environment: `--team SLUG` (repeatable),
 * KEYS_HOST_MAP, KEYS_TIMEOUT_MS, KEYS_CONCURRENCY, KEYS_PER_HOST. Anything
 * unusable is an ArgsError (exit code 2) that says what was expected.
 */
import { DEFAULT_FETCH_OPTIONS, type FetchOptions } from './fetcher';
import { HostMapError, parseHostMap } from './host-map';

export class ArgsError extends Error {}

export type RefreshArgs = { teams: string[]; fetch: FetchOptions };

export const USAGE = 'usage: npm run keys:refresh [-- --team SLUG [--team SLUG …]]';

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new ArgsError(`${name} must be a positive whole number, got "${raw}"`);
  return value;
}

export function parseRefreshArgs(argv: readonly string[], env: NodeJS.ProcessEnv): RefreshArgs {
  const teams: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const inline = /^--team=(.*)$/.exec(arg);
    const slug = inline ? inline[1] : arg === '--team' ? argv[++i] : undefined;
    if (slug === undefined && arg !== '--team') throw new ArgsError(`unknown argument "${arg}"\n${USAGE}`);
    if (!slug || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) throw new ArgsError(`--team expects a team slug (lowercase letters, digits, hyphens), got ${slug ? `"${slug}"` : 'nothing'}\n${USAGE}`);
    teams.push(slug);
  }
  let hostMap;
  try {
    hostMap = parseHostMap(env.KEYS_HOST_MAP);
  } catch (error) {
    if (error instanceof HostMapError) throw new ArgsError(error.message);
    throw error;
  }
  return {
    teams,
    fetch: {
      hostMap,
      timeoutMs: positive(env, 'KEYS_TIMEOUT_MS', DEFAULT_FETCH_OPTIONS.timeoutMs),
      maxBytes: DEFAULT_FETCH_OPTIONS.maxBytes,
      perHost: positive(env, 'KEYS_PER_HOST', DEFAULT_FETCH_OPTIONS.perHost),
      global: positive(env, 'KEYS_CONCURRENCY', DEFAULT_FETCH_OPTIONS.global),
    },
  };
}
