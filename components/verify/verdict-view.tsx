import type { VerifyResult } from '@/lib/pgp/verdict';
import { verdictLabel } from '@/lib/pgp/explain';
import { dict, type Lang } from '@/lib/i18n';
import { formatFingerprint } from '@/lib/fingerprint';

const TONE: Record<string, string> = {
  valid: 'border-green-700 bg-green-50 text-green-950 dark:bg-green-950 dark:text-green-50',
  unreadable: 'border-gray-600 bg-gray-100 text-gray-950 dark:bg-gray-800 dark:text-gray-50',
};
const BAD = 'border-red-700 bg-red-50 text-red-950 dark:bg-red-950 dark:text-red-50';

/** One verdict, said plainly: label, the engine's explanation, then the facts it rests on. */
export function VerdictView({ result, lang, note }: { result: VerifyResult; lang: Lang; note?: string }) {
  const t = dict(lang);
  const d = result.details;
  const rows: [string, string | null][] = [
    [t.signer, d.signerUserId],
    [t.fingerprint, d.signerFingerprint && formatFingerprint(d.signerFingerprint)],
    [t.signingKeyId, d.signingKeyId && `0x${d.signingKeyId}`],
    [t.signedOn, d.signatureCreated],
    [t.keyExpiresOn, d.keyExpires],
  ];
  return (
    <div role="status" className={`mt-2 rounded border-2 p-3 ${TONE[result.verdict] ?? BAD}`} data-testid="verdict" data-verdict={result.verdict}>
      <p className="font-bold">
        {t.verdictLabel}{t.colon}{verdictLabel(result.verdict, lang)}
      </p>
      {note && <p className="font-semibold" data-testid="verdict-note">{note}</p>}
      <p data-testid="verdict-message">{result.messages[lang]}</p>
      {rows.some(([, v]) => v) && (
        <details className="mt-1 text-sm">
          <summary className="cursor-pointer">{t.technicalDetails}</summary>
          <dl className="grid gap-x-3 sm:grid-cols-[max-content_1fr]">
            {rows.filter(([, v]) => v).map(([k, v]) => (
              <div key={k} className="contents">
                <dt className="font-medium">{k}</dt>
                <dd><code className="[overflow-wrap:anywhere]">{v}</code></dd>
              </div>
            ))}
          </dl>
        </details>
      )}
    </div>
  );
}
