/**
 * npm run check:fidelity — every team profile against the team's own document
 * (content/teams/<slug>/source.txt): quotes verbatim, the team's headings,
 * numbers and cross-references kept, every contact fact present, no condition
 * or audience without the words that state it. Exits 1 on any finding.
 */
import fs from 'node:fs';
import path from 'node:path';
import { contentDir } from '@/lib/profile/load';
import { checkTeamFolder } from '@/lib/fidelity/team';
import { formatFinding } from '@/lib/fidelity/check';

const teamsDir = path.join(process.argv[2] ?? contentDir(), 'teams');
const slugs = fs.readdirSync(teamsDir).filter((n) => fs.statSync(path.join(teamsDir, n)).isDirectory()).sort();
let failures = 0;
for (const slug of slugs) {
  let findings;
  try {
    findings = checkTeamFolder(path.join(teamsDir, slug));
  } catch (e) {
    findings = [{ file: path.join(teamsDir, slug), field: '(folder)', message: (e as Error).message }];
  }
  for (const f of findings) console.error(formatFinding(f));
  failures += findings.length;
}
if (failures) {
  console.error(`check:fidelity: ${failures} finding(s) in ${slugs.length} team(s)`);
  process.exit(1);
}
console.log(`check:fidelity: ${slugs.length} team(s) faithful to their documents`);
