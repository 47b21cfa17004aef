import type { PgpKey } from '@/lib/profile/schema';
import type { KeyFacts } from '@/lib/pgp/key-facts';
import type { Dictionary, UiLang } from '@/lib/i18n';
import { KeyFactsBlock } from './key-facts';
import { formatFingerprint, keyIdsOf, normalizeHex } from '@/lib/keys/fingerprint';
import type { KeySources } from '@/lib/keys/provenance';
import { KeyAgreement } from './key-agreement';
import { CopyButton } from '@/components/copy-button.client';

type Props = {
  keys: PgpKey[];
  /** Facts of the keys the directory holds (key.asc), null when it holds none. */
  held: KeyFacts[] | null;
  asOf: string;
  keyHref: string;
  t: Dictionary;
  lang: UiLang;
  contentLang: string;
  /** What keys:refresh found at the team's addresses (key-sources.json); null before any refresh. */
  sources: KeySources | null;
};

/** The team's published keys: fingerprint in blocks of four, key ID as printed, where to get the key. */
export function PgpKeys({ keys, held, asOf, keyHref, t, lang, contentLang, sources }: Props) {
  if (keys.length === 0) return <p>{t.noKey}</p>;
  return (
    <div className="space-y-4">
      {keys.map((key) => (
        <dl key={key.fingerprint} className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]" data-testid="pgp-key">
          <dt className="font-medium">{t.fingerprint}</dt>
          <dd>
            <code className="break-words font-mono text-base tracking-wide" data-testid="fingerprint">
              {formatFingerprint(key.fingerprint)}
            </code>
            <CopyButton value={key.fingerprint} label={t.copyFingerprint} copied={t.copied} failed={t.copyFailed} />
          </dd>
          {key.key_id && (
            <>
              <dt className="font-medium">{t.keyId}</dt>
              <dd>
                <code className="font-mono" data-testid="key-id">{key.key_id}</code>
                {normalizeHex(key.key_id).length === 8 && (
                  <span className="block text-sm" data-testid="long-key-id">
                    <code className="font-mono">0x{keyIdsOf(key.fingerprint).longId}</code> ({t.longKeyIdDerived})
                  </span>
                )}
              </dd>
            </>
          )}
          {key.user_id && (
            <>
              <dt className="font-medium">{t.userId}</dt>
              <dd>
                <code className="[overflow-wrap:anywhere] font-mono" lang={contentLang}>{key.user_id}</code>
              </dd>
            </>
          )}
          <dt className="print-optional font-medium">{t.keyDownload}</dt>
          <dd className="print-optional">
            {key.urls.length > 0 ? (
              <ul>
                {key.urls.map((url) => (
                  <li key={url}>
                    <a href={url} rel="noopener noreferrer external" className="[overflow-wrap:anywhere] text-blue-700 underline dark:text-blue-300" data-testid="key-url">
                      {url}
                    </a>
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t.noKeyUrl}</p>
            )}
            {key.location_note && <p className="text-sm" lang={contentLang}>{key.location_note}</p>}
          </dd>
          <dt className="print-optional font-medium">{t.agreementTitle}</dt>
          <dd className="print-optional">
            <KeyAgreement fingerprint={key.fingerprint} record={sources?.keys.find((r) => r.fingerprint === key.fingerprint) ?? null} checkedAt={sources?.checked_at ?? null} t={t} lang={lang} />
          </dd>
          <dt className="print-optional font-medium">{t.keyHeld}</dt>
          <dd className="print-optional">
            {(() => {
              const facts = held?.find((f) => f.fingerprint === key.fingerprint);
              return facts ? <KeyFactsBlock facts={facts} t={t} lang={lang} asOf={asOf} downloadHref={keyHref} /> : <p data-testid="key-not-held">{t.keyNotHeld}</p>;
            })()}
          </dd>
        </dl>
      ))}
      <p className="print-optional text-sm text-gray-700 dark:text-gray-300">{t.compareFingerprint}</p>
    </div>
  );
}
