/**
 * The words of keys:refresh: one line per source worth a look (anything but
 * a copy of the right key that added nothing questionable), one per key
 * problem, and the progress line. Engines return records; words are here.
 */
import type { KeyProblem, TeamRefresh } from './refresh-team';
import type { SourceCheck } from './provenance';

const short = (fingerprint: string) => `${fingerprint.slice(0, 4)}…${fingerprint.slice(-8)}`;

function sourceWords(check: SourceCheck): string {
  if (check.outcome === 'other-fingerprint') return `other fingerprint (${check.fingerprints?.join(', ')}); held key kept`;
  if (check.outcome === 'same-fingerprint') return `same fingerprint, ${check.merge === 'refused' ? 'refused' : check.merge}${check.reason ? `: ${check.reason}` : ''}`;
  return `${check.outcome}: ${check.reason}; held key kept`;
}

/** Report lines for one team. */
export function teamReportLines(result: TeamRefresh): string[] {
  const lines: string[] = [];
  for (const key of result.record.keys) {
    lines.push(`${result.slug} ${short(key.fingerprint)}: ${key.state}${key.revoked ? ', REVOKED' : ''}; ${key.sources.filter((s) => s.outcome === 'same-fingerprint').length}/${key.sources.length} sources serve it`);
    for (const check of key.sources) {
      if (check.outcome === 'same-fingerprint' && check.merge !== 'refused' && !check.reason) continue;
      lines.push(`  ${check.kind} ${check.url}: ${sourceWords(check)}`);
    }
  }
  for (const doc of result.record.documents) lines.push(`  ${doc.role} ${doc.url}: ${doc.outcome}${doc.reason ? `: ${doc.reason}` : ''}`);
  const sec = result.record.security_txt;
  if (sec) {
    const facts = sec.outcome === 'checked' ? `contact ${sec.contact}, encryption ${sec.encryption}, signature ${sec.signature}${sec.differing ? ` (not in the listing: ${sec.differing.join(', ')})` : ''}` : sec.reason;
    lines.push(`  security.txt ${sec.url}: ${sec.outcome}: ${facts}`);
  }
  return lines;
}

const PROBLEM_WORDS: Record<KeyProblem['problem'], string> = {
  missing: 'MISSING: no copy of the listed key is held',
  mismatched: 'MISMATCHED: a source serves another key',
  'newly-revoked': 'NEWLY REVOKED',
};

export function problemLine(problem: KeyProblem): string {
  return `${problem.slug} ${problem.fingerprint}: ${PROBLEM_WORDS[problem.problem]}`;
}

export function progressLine(done: number, total: number, startedMs: number, nowMs: number): string {
  return `keys: ${done}/${total} teams, ${((nowMs - startedMs) / 1000).toFixed(1)} s`;
}
