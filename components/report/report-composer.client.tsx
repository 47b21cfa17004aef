'use client';

import { useMemo, useState } from 'react';
import type { ReportStrings } from '@/lib/i18n/island-strings';
import { fill } from '@/lib/i18n/fill';
import { formatFingerprint } from '@/lib/keys/fingerprint';
import { MAILTO_MAX_CHARS, REPORT_MAX_BYTES, previewParts, reportBytes, reportMailto, reportSubject, reportText } from '@/lib/report/compose';

export type ComposerTeam = {
  slug: string;
  name: string;
  address: string;
  urgentTag?: string;
  /** The armored public key the directory holds, with the fingerprint the listing names; null when it holds none. */
  key: { armored: string; fingerprint: string } | null;
};

type Props = { team: ComposerTeam; items: string[]; strings: ReportStrings };
type Encrypted = { armored: string; fingerprint: string } | null;

const button = 'min-h-11 rounded border border-gray-500 px-4 py-2 font-medium hover:bg-gray-100 dark:hover:bg-gray-800 disabled:opacity-50';

/**
 * The report form of one team: one field per item of the team's checklist (or
 * the standard list), a live preview, and the ways out that keep the text on
 * the device: the reader's mail client, the clipboard, a downloaded file.
 * "Encrypt" loads openpgp.js on the click and encrypts to the key that came
 * with the page. Hidden until JavaScript runs (`js-only`): without it the page
 * shows the checklist and a plain mailto: link.
 */
export function ReportComposer({ team, items, strings: s }: Props) {
  const [values, setValues] = useState<string[]>(() => items.map(() => ''));
  const [encrypted, setEncrypted] = useState<Encrypted>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const id = (i: number) => `report-${team.slug}-${i}`;

  const plain = useMemo(() => reportText(s.textIntro, items.map((label, i) => ({ label, value: values[i] }))), [items, values, s.textIntro]);
  const text = encrypted?.armored ?? plain;
  const tooLarge = reportBytes(plain) > REPORT_MAX_BYTES;
  const mailto = reportMailto(team.address, reportSubject(s.subject, team.urgentTag), text);
  const mailtoTooLong = mailto.length > MAILTO_MAX_CHARS;

  const edit = (i: number, value: string) => {
    setValues((v) => v.map((old, j) => (j === i ? value : old)));
    setEncrypted(null); // the encrypted text no longer matches what is typed
    setStatus('');
  };

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(s.copied);
    } catch {
      setStatus(s.copyFailed);
    }
  }

  function download() {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${team.slug}-report${encrypted ? '.asc' : '.txt'}`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  async function encrypt() {
    if (!team.key || tooLarge) return;
    setBusy(true);
    setStatus(s.encrypting);
    const { encryptReport } = await import('@/lib/report/encrypt');
    const outcome = await encryptReport(plain, team.key.armored, team.key.fingerprint);
    setBusy(false);
    if (outcome.ok) {
      setEncrypted({ armored: outcome.armored, fingerprint: outcome.fingerprint });
      setStatus(fill(s.encryptedTo, { fingerprint: formatFingerprint(outcome.fingerprint) }));
    } else setStatus(outcome.reason === 'wrong-key' ? s.wrongKey : s.unusableKey);
  }

  return (
    <div className="js-only mt-3 space-y-3" data-testid="report-composer">
      <p className="text-sm">{s.intro}</p>
      {items.map((label, i) => (
        <div key={i} className="flex flex-col">
          <label htmlFor={id(i)} className="font-medium">{label}</label>
          <textarea id={id(i)} dir="auto" rows={2} value={values[i]} onChange={(e) => edit(i, e.target.value)} className="mt-1 rounded border border-gray-500 bg-white p-2 dark:bg-gray-900" />
        </div>
      ))}
      <div>
        <p className="font-medium" id={`report-${team.slug}-preview-label`}>{s.preview}</p>
        <pre dir="auto" aria-labelledby={`report-${team.slug}-preview-label`} className="mt-1 max-h-64 overflow-auto whitespace-pre-wrap rounded border border-gray-300 bg-gray-50 p-2 text-sm [overflow-wrap:anywhere] dark:border-gray-700 dark:bg-gray-950" data-testid="report-preview">
          {previewParts(text).map((part, i) => (part.hidden ? <mark key={i} title={part.code} className="rounded bg-amber-200 px-0.5 text-black">⟨{part.code}⟩</mark> : <span key={i}>{part.text}</span>))}
        </pre>
      </div>
      <p role="status" aria-live="polite" className="text-sm font-medium" data-testid="report-status">
        {tooLarge ? s.tooLarge : status}
      </p>
      {mailtoTooLong && !tooLarge && <p className="text-sm" data-testid="report-mailto-too-long">{fill(s.mailtoTooLong, { address: team.address })}</p>}
      <div className="flex flex-wrap gap-2">
        {!tooLarge && !mailtoTooLong && (
          <a href={mailto} className="inline-flex min-h-11 items-center rounded bg-blue-700 px-4 py-2 font-bold text-white hover:bg-blue-800" data-testid="report-send">{s.send}</a>
        )}
        <button type="button" className={button} onClick={copy} data-testid="report-copy">{s.copy}</button>
        <button type="button" className={button} onClick={download} data-testid="report-download">{s.download}</button>
        {team.key ? (
          encrypted ? (
            <button type="button" className={button} onClick={() => { setEncrypted(null); setStatus(''); }}>{s.undoEncrypt}</button>
          ) : (
            <button type="button" className={button} onClick={encrypt} disabled={busy || tooLarge} data-testid="report-encrypt">{fill(s.encrypt, { team: team.name })}</button>
          )
        ) : (
          <p className="self-center text-sm" data-testid="report-no-key">{s.noKey}</p>
        )}
      </div>
    </div>
  );
}
