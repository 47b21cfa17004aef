'use client';

import { useState } from 'react';
import type { VerifyResult } from '@/lib/pgp/verdict';
import { findIssuer, type KeyIndexEntry } from '@/lib/key-index';
import { dict, type Lang } from '@/lib/i18n';
import { InputField, read, type Source } from './input-field.client';
import { VerdictView } from './verdict-view';

const empty: Source = { file: null, text: '' };
type Outcome = { result?: VerifyResult; note?: string; message?: string };

async function directoryIndex(): Promise<KeyIndexEntry[]> {
  const response = await fetch('/files/keys.json');
  if (!response.ok) throw new Error(`/files/keys.json: HTTP ${response.status}`);
  return response.json();
}

/**
 * The verify page: a document and its signature, and optionally a key. Without
 * a key, the signature's issuer is looked up in the directory's key index and
 * the team's key, when the directory holds it, is used. Nothing leaves the page.
 */
export function VerifyForm({ lang }: { lang: Lang }) {
  const t = dict(lang);
  const [doc, setDoc] = useState(empty);
  const [sig, setSig] = useState(empty);
  const [key, setKey] = useState(empty);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function check(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome(await run());
    } catch (e) {
      setOutcome({ message: `${t.verifyFailedToLoad}: ${e instanceof Error ? e.message : String(e)}` });
    } finally {
      setBusy(false);
    }
  }

  async function run(): Promise<Outcome> {
    const [data, signature, givenKey] = await Promise.all([read(doc), read(sig), read(key)]);
    if (signature === null) return { message: t.missingSignature };
    const engine = await import('@/lib/pgp/verdict');
    const { isCleartext, signatureIssuers } = await import('@/lib/pgp/issuers');
    const cleartext = isCleartext(signature);
    if (!cleartext && data === null) return { message: t.missingDocument };
    const index = await directoryIndex();
    const verify = (keys: Uint8Array | string, expectFingerprint: string | null) =>
      cleartext ? engine.verifyCleartext({ message: signature, keys, expectFingerprint }) : engine.verifyDetached({ data: data!, signature, keys, expectFingerprint });

    if (givenKey !== null) {
      const result = await verify(givenKey, null);
      const team = result.verdict === 'valid' ? findIssuer(index, { fingerprint: result.details.signerFingerprint }) : undefined;
      return { result, note: team ? t.signedByTeam(team.name) : undefined };
    }
    const issuers = await signatureIssuers(signature, cleartext ? 'cleartext' : 'detached');
    if (issuers.length === 0) {
      // Unreadable: let the engine say precisely why, with an empty key set.
      return { result: await verify(new Uint8Array(), null) };
    }
    for (const issuer of issuers) {
      const team = findIssuer(index, issuer);
      if (!team) continue;
      if (!team.key) return { message: t.issuerTeamNoKey(team.name, issuer.fingerprint ?? issuer.keyId) };
      const response = await fetch(team.key);
      if (!response.ok) throw new Error(`${team.key}: HTTP ${response.status}`);
      const result = await verify(new Uint8Array(await response.arrayBuffer()), team.fingerprint);
      return { result, note: result.verdict === 'valid' ? t.signedByTeam(team.name) : undefined };
    }
    const first = issuers[0];
    return first.keyId === '0000000000000000' && !first.fingerprint ? { message: t.noIssuer } : { message: t.issuerUnknown(first.fingerprint ?? first.keyId) };
  }

  return (
    <form onSubmit={check} className="js-only mt-4 space-y-3" data-testid="verify-form">
      <InputField label={t.documentInput} fileLabel={t.chooseFile} pasteLabel={t.orPaste} value={doc} onChange={setDoc} testId="input-document" />
      <InputField label={t.signatureInput} fileLabel={t.chooseFile} pasteLabel={t.orPaste} value={sig} onChange={setSig} testId="input-signature" />
      <InputField label={t.keyInput} fileLabel={t.chooseFile} pasteLabel={t.orPaste} value={key} onChange={setKey} testId="input-key" />
      <button type="submit" disabled={busy} className="rounded bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800 disabled:opacity-60">
        {busy ? t.verifying : t.check}
      </button>
      <div aria-live="polite">
        {outcome?.result && <VerdictView result={outcome.result} lang={lang} note={outcome.note} />}
        {outcome?.message && <p role="alert" className="mt-2 rounded border-2 border-gray-600 p-3 font-semibold" data-testid="verify-message">{outcome.message}</p>}
      </div>
    </form>
  );
}
