/** Runs the fidelity check on a team folder: profile.md against source.txt. */
import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { parseProfile } from '@/lib/profile/load';
import { readTeamSource } from './source-file';
import { checkFidelity, type Finding } from './check';

export function checkTeamFolder(teamDir: string): Finding[] {
  const file = path.join(teamDir, 'profile.md');
  const bytes = fs.readFileSync(file);
  const { profile, body } = parseProfile(file, bytes);
  const { data } = matter(bytes.toString('utf8'));
  const source = readTeamSource(teamDir);
  const findings = checkFidelity({ file, frontmatter: data, profile, body, source: source.text });
  if (source.meta.file !== profile.document.source)
    findings.push({ file, field: 'document.source', message: `names "${profile.document.source}", but ${source.metaFile} says the document kept here is "${source.meta.file}"` });
  return findings;
}
