'use client';

import { useState } from 'react';
import type { UiLang } from '@/lib/i18n/ui-lang';
import { loadFailure, type ShownVerdict } from '@/lib/verify/outcome';
import type { VerifyButtonStrings } from '@/lib/verify/strings';
import { VerdictView } from './verdict-view';

type Props = { dataHref: string; signatureHref: string; keyHref: string; expectFingerprint: string | null; lang: UiLang; strings: VerifyButtonStrings };

async function bytes(href: string): Promise<Uint8Array> {
  const response = await fetch(href, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${href}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * "Verify" on a team page: fetches the exact published bytes of the file, its
 * signature and the team key (same origin), then loads the verification engine,
 * and with it openpgp.js and the explanations, only now that a person asked for a check.
 */
export function VerifyButton({ dataHref, signatureHref, keyHref, expectFingerprint, lang, strings }: Props) {
  const [busy, setBusy] = useState(false);
  const [shown, setShown] = useState<ShownVerdict | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function check() {
    setBusy(true);
    setError(null);
    setShown(null);
    try {
      const [data, signature, keys] = await Promise.all([bytes(dataHref), bytes(signatureHref), bytes(keyHref)]);
      const { checkPublished } = await import('@/lib/verify/run-check');
      setShown(await checkPublished({ data, signature, keys }, expectFingerprint, lang, strings.verdict));
    } catch (e) {
      setError(loadFailure(strings, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div>
      <button
        type="button"
        onClick={check}
        disabled={busy}
        className="js-only no-print rounded bg-blue-700 px-3 py-1 font-semibold text-white hover:bg-blue-800 disabled:opacity-60"
      >
        {busy ? strings.verifying : strings.verify}
      </button>
      {shown && <VerdictView shown={shown} strings={strings.verdict} />}
      {error && <p role="alert" className="mt-2 font-semibold text-red-800 dark:text-red-300">{error}</p>}
    </div>
  );
}
