/**
 * What a team folder holds besides profile.md: the team's public key and the
 * files it signed. Convention: `key.asc` is the key; `<file>.asc` or
 * `<file>.sig` is a detached signature over `<file>` in the same folder
 * (profile.md, rfc2350.txt, rfc2350.pdf). `source.txt` is the team's document
 * as received and `source.json` says where and when it was obtained
 * (lib/fidelity/source-file.ts); both are published with the others, so a
 * reader can trace every fact to the team's words. Anything else stops the
 * build: the content folder holds profiles, their sources, key and signature
 * files, nothing else.
 */
import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { ProfileError } from './load';

export const KEY_FILE = 'key.asc';
/** Where the key came from: written by `npm run keys:refresh` (lib/keys/provenance.ts). */
export const KEY_SOURCES_FILE = 'key-sources.json';
const DOCUMENT = /^(profile\.md|source\.json|[a-z0-9][a-z0-9._-]*\.(txt|pdf))$/i;
const SIGNATURE = /^(.+)\.(asc|sig)$/i;

export type SignedFile = {
  /** File name inside the team folder, e.g. "rfc2350.txt". */
  name: string;
  /** Detached signatures over it, e.g. ["rfc2350.txt.asc"]. */
  signatures: string[];
};

export type TeamFiles = {
  dir: string;
  key: string | null;
  /** Documents the team publishes here (profile.md included), with their signatures. */
  documents: SignedFile[];
};

export function teamFiles(teamDir: string): TeamFiles {
  const names = fs.readdirSync(teamDir).filter((n) => !n.startsWith('.')).sort();
  const documents = new Map<string, string[]>();
  for (const name of names) if (DOCUMENT.test(name)) documents.set(name, []);
  for (const name of names) {
    if (name === KEY_FILE || name === KEY_SOURCES_FILE || documents.has(name)) continue;
    const where = path.join(path.relative(process.cwd(), teamDir), name);
    const target = SIGNATURE.exec(name)?.[1];
    if (!target) throw new ProfileError(where, null, 'unexpected file: a team folder holds profile.md, source.json, key.asc, documents (.txt, .pdf) and their detached signatures (.asc, .sig)');
    const signatures = documents.get(target);
    if (!signatures) throw new ProfileError(where, null, `signature over "${target}", which is not in the folder`);
    signatures.push(name);
  }
  return {
    dir: teamDir,
    key: names.includes(KEY_FILE) ? KEY_FILE : null,
    documents: [...documents].map(([name, signatures]) => ({ name, signatures })),
  };
}
