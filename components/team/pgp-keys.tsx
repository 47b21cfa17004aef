import type { PgpKey } from '@/lib/profile/schema';
import type { KeyFacts } from '@/lib/pgp/verdict';
import type { Dictionary, Lang } from '@/lib/i18n';
import { KeyFactsBlock } from './key-facts';
import { formatFingerprint } from '@/lib/fingerprint';
import { CopyButton } from '@/components/copy-button.client';

type Props = {
  keys: PgpKey[];
  /** Facts of the keys the directory holds (key.asc), null when it holds none. */
  held: KeyFacts[] | null;
  asOf: string;
  keyHref: string;
  t: Dictionary;
  lang: Lang;
  contentLang: string;
};

/** The team's published keys: fingerprint in blocks of four, key ID as printed, where to get the key. */
export function PgpKeys({ keys, held, asOf, keyHref, t, lang, contentLang }: Props) {
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
          <dt className="font-medium">{t.keyDownload}</dt>
          <dd>
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
          <dt className="font-medium">{t.keyHeld}</dt>
          <dd>
            {(() => {
              const facts = held?.find((f) => f.fingerprint === key.fingerprint);
              return facts ? <KeyFactsBlock facts={facts} t={t} lang={lang} asOf={asOf} downloadHref={keyHref} /> : <p data-testid="key-not-held">{t.keyNotHeld}</p>;
            })()}
          </dd>
        </dl>
      ))}
      <p className="text-sm text-gray-700 dark:text-gray-300">{t.compareFingerprint}</p>
    </div>
  );
}
