/**
 * The team's signed RFC 2350 document (profile document.signature_url) and
 * its detached signature, fetched with the same rules as keys and stored in
 * the team folder as rfc2350.<txt|pdf> and rfc2350.<txt|pdf>.<asc|sig>, where
 * the build finds documents and signatures (lib/profile/files.ts). A pair is
 * stored only when the signature verifies with the held key; otherwise the
 * pair already held is kept.
 */
import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import type { Team } from '@/lib/profile/load';
import { verifyDetached } from '@/lib/pgp/verify';
import { explain } from '@/lib/pgp/explain';
import type { Fetcher } from './fetcher';
import type { DocumentCheck } from './provenance';

export type SignedDocumentFiles = { documentUrl: string; signatureUrl: string; document: string; signature: string };

/** URLs and file names of the team's signed document, or null when the profile gives none. */
export function signedDocumentFiles(team: Team): SignedDocumentFiles | null {
  const signatureUrl = team.profile.document.signature_url;
  const match = signatureUrl && /^(.*\.(txt|pdf))\.(asc|sig)((?:[?#].*)?)$/i.exec(signatureUrl);
  if (!match) return null;
  const document = `rfc2350.${match[2].toLowerCase()}`;
  return { documentUrl: `${match[1]}${match[4]}`, signatureUrl, document, signature: `${document}.${match[3].toLowerCase()}` };
}

const same = (file: string, bytes: Uint8Array) => fs.existsSync(file) && fs.readFileSync(file).equals(bytes);

/** Fetches, checks and stores the pair; `heldKeys` holds the team's keys after this run's refresh. */
export async function refreshSignedDocument(team: Team, heldKeys: Uint8Array | null, fetcher: Fetcher, now: Date): Promise<DocumentCheck[]> {
  const files = signedDocumentFiles(team);
  if (!files) return [];
  const dir = path.dirname(team.file);
  const checked_at = now.toISOString();
  const [doc, sig] = await Promise.all([fetcher(files.documentUrl), fetcher(files.signatureUrl)]);
  const check = (role: DocumentCheck['role'], url: string, file: string, extra: Pick<DocumentCheck, 'outcome' | 'reason'>): DocumentCheck => ({ role, url, file, checked_at, ...extra });
  if (!doc.ok || !sig.ok) {
    return [
      check('document', files.documentUrl, files.document, doc.ok ? { outcome: 'refused', reason: 'its signature could not be fetched' } : { outcome: doc.outcome, reason: doc.reason }),
      check('signature', files.signatureUrl, files.signature, sig.ok ? { outcome: 'refused', reason: 'the document could not be fetched' } : { outcome: sig.outcome, reason: sig.reason }),
    ];
  }
  let reason: string | undefined;
  if (!heldKeys) reason = 'no key held to check the signature with';
  else {
    // key.asc holds only keys the profile lists, so a valid signature is one of the team's.
    const result = await verifyDetached({ data: doc.bytes, signature: sig.bytes, keys: heldKeys, now });
    if (result.verdict !== 'valid') reason = `signature not valid with the held key (${result.verdict}: ${explain(result, 'en').slice(0, 160)})`;
  }
  if (reason) return [check('document', files.documentUrl, files.document, { outcome: 'refused', reason }), check('signature', files.signatureUrl, files.signature, { outcome: 'refused', reason })];
  const results: DocumentCheck[] = [];
  for (const [role, url, file, bytes] of [['document', files.documentUrl, files.document, doc.bytes], ['signature', files.signatureUrl, files.signature, sig.bytes]] as const) {
    const where = path.join(dir, file);
    if (same(where, bytes)) results.push(check(role, url, file, { outcome: 'unchanged' }));
    else {
      fs.writeFileSync(where, bytes);
      results.push(check(role, url, file, { outcome: 'stored' }));
    }
  }
  return results;
}
