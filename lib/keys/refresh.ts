/**
 * keys:refresh over the content directory: every team (or the ones asked
 * for), teams in parallel under the fetcher's bounds, a progress line on
 * stderr, the report on stdout, and the exit code: 0 every key checked and
 * unchanged or updated; 1 some key missing, mismatched or newly revoked
 * (listed), or a team that could not be refreshed.
 */
import 'server-only';
import { contentDir, loadTeams, type Team } from '@/lib/profile/load';
import { ArgsError, type RefreshArgs } from './args';
import { createFetcher } from './fetcher';
import { limiter } from './limiter';
import { problemLine, progressLine, teamReportLines } from './report';
import { refreshTeam, type KeyProblem, type TeamRefresh } from './refresh-team';

export type RefreshOutput = { out: (line: string) => void; progress: (line: string, final: boolean) => void };

export type RefreshSummary = { code: 0 | 1; teams: number; results: TeamRefresh[]; problems: KeyProblem[]; failures: string[] };

export function selectTeams(all: Team[], slugs: readonly string[]): Team[] {
  if (!slugs.length) return all;
  const unknown = slugs.filter((s) => !all.some((t) => t.slug === s));
  if (unknown.length) throw new ArgsError(`no team ${unknown.map((s) => `"${s}"`).join(', ')} in ${contentDir()}/teams`);
  return all.filter((t) => slugs.includes(t.slug));
}

export async function refreshKeys(args: RefreshArgs, output: RefreshOutput, now: () => Date = () => new Date()): Promise<RefreshSummary> {
  const teams = selectTeams(loadTeams(contentDir()), args.teams);
  const fetcher = createFetcher(args.fetch);
  const teamSlots = limiter(args.fetch.global * 2);
  const started = Date.now();
  const results: TeamRefresh[] = [];
  const failures: string[] = [];
  let done = 0;
  let lastShown = 0;
  await Promise.all(
    teams.map((team) =>
      teamSlots(async () => {
        try {
          const result = await refreshTeam(team, fetcher, now());
          results.push(result);
          for (const line of teamReportLines(result)) output.out(line);
        } catch (error) {
          failures.push(`${team.slug}: ${(error as Error).message}`);
        }
        done++;
        if (Date.now() - lastShown > 250 || done === teams.length) {
          lastShown = Date.now();
          output.progress(progressLine(done, teams.length, started, Date.now()), done === teams.length);
        }
      }),
    ),
  );
  const problems = results.flatMap((r) => r.problems);
  for (const line of [...problems.map(problemLine), ...failures.map((f) => `FAILED ${f}`)]) output.out(line);
  return { code: problems.length || failures.length ? 1 : 0, teams: teams.length, results, problems, failures };
}
