import type { Dictionary } from '@/lib/i18n';
import { formatDate } from '@/lib/i18n/format-date';
import type { UiLang } from '@/lib/i18n/ui-lang';
import { fill } from '@/lib/i18n/fill';
import { formatFingerprint } from '@/lib/keys/fingerprint';
import { openpgp4fpr } from '@/lib/keys/fingerprint-qr';
import type { KeyRecord } from '@/lib/keys/provenance';
import { FingerprintQr } from './fingerprint-qr';

/**
 * Where the listed fingerprint comes from and who else serves the same key, at
 * a glance: the team's document, then each source keys:refresh asked (the
 * team's key URL, its Web Key Directory, keys.openpgp.org) with what it gave,
 * and when. Plus the fingerprint as an openpgp4fpr: link and a QR code.
 */
export function KeyAgreement({ fingerprint, record, checkedAt, t, lang }: { fingerprint: string; record: KeyRecord | null; checkedAt: string | null; t: Dictionary; lang: UiLang }) {
  const ok = (good: boolean) => <span aria-hidden="true" className={good ? 'text-green-800 dark:text-green-300' : 'text-red-800 dark:text-red-300'}>{good ? '✓' : '✗'} </span>;
  return (
    <div className="print-optional rounded border border-gray-300 p-3 text-sm dark:border-gray-700" data-testid="key-agreement">
      <ul className="space-y-0.5">
        <li data-testid="agreement-document">{ok(true)}{t.printedInDocument}</li>
        {record?.sources.map((s, i) => (
          <li key={i} data-testid="agreement-source" data-kind={s.kind} data-outcome={s.outcome}>
            {ok(s.outcome === 'same-fingerprint')}
            {t.sourceKinds[s.kind]}{t.colon}{t.sourceOutcomes[s.outcome]}
          </li>
        ))}
      </ul>
      <p className="mt-1 text-gray-700 dark:text-gray-300" data-testid="agreement-checked">
        {record && checkedAt ? fill(t.lastChecked, { date: formatDate(checkedAt, lang) }) : t.notFetched}
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <FingerprintQr fingerprint={fingerprint} label={fill(t.qrLabel, { fingerprint: formatFingerprint(fingerprint) })} />
        <a href={openpgp4fpr(fingerprint)} className="inline-block min-h-6 text-blue-700 underline dark:text-blue-300" data-testid="openpgp4fpr">{t.openpgp4fprLink}</a>
      </div>
    </div>
  );
}
