import type { KeyFacts } from '@/lib/pgp/key-facts';
import { formatDate, type Dictionary, type Lang } from '@/lib/i18n';

const DAY = 86_400_000;
const SOON_DAYS = 90;
const day = (iso: string, lang: Lang) => formatDate(iso.slice(0, 10), lang);

/** Revoked, expired or expiring soon: said first and loudly, since a reader may be about to encrypt to it. */
function KeyStatus({ facts, t, lang, asOf }: { facts: KeyFacts; t: Dictionary; lang: Lang; asOf: string }) {
  const alert = 'rounded border-2 p-2 font-semibold';
  if (facts.revoked)
    return <p role="alert" className={`${alert} border-red-700 bg-red-50 text-red-900 dark:bg-red-950 dark:text-red-100`} data-testid="key-status">{t.keyRevoked(day(facts.revoked.date, lang))}</p>;
  if (facts.expired && facts.expires)
    return <p role="alert" className={`${alert} border-red-700 bg-red-50 text-red-900 dark:bg-red-950 dark:text-red-100`} data-testid="key-status">{t.keyExpired(day(facts.expires, lang))}</p>;
  if (facts.expires && Date.parse(facts.expires) - Date.parse(asOf) < SOON_DAYS * DAY)
    return <p className={`${alert} border-amber-600 bg-amber-50 text-amber-950 dark:bg-amber-950 dark:text-amber-100`} data-testid="key-status">{t.keyExpiresSoon(day(facts.expires, lang))}</p>;
  return null;
}

/** What the directory read from the team's key file at build time. */
export function KeyFactsBlock({ facts, t, lang, asOf, downloadHref }: { facts: KeyFacts; t: Dictionary; lang: Lang; asOf: string; downloadHref: string }) {
  return (
    <div className="mt-2 space-y-2" data-testid="key-facts">
      <KeyStatus facts={facts} t={t} lang={lang} asOf={asOf} />
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">{t.algorithm}</dt>
        <dd data-testid="key-algorithm">{facts.algorithmLabel}</dd>
        <dt className="font-medium">{t.created}</dt>
        <dd>{day(facts.created, lang)}</dd>
        <dt className="font-medium">{t.expires}</dt>
        <dd data-testid="key-expires">{facts.expires ? day(facts.expires, lang) : t.neverExpires}</dd>
        <dt className="font-medium">{t.userIds}</dt>
        <dd>
          <ul>{facts.userIds.map((u) => <li key={u}><code>{u}</code></li>)}</ul>
        </dd>
        <dt className="font-medium">{t.signingSubkeys}</dt>
        <dd>
          {facts.signingSubkeys.length === 0 ? (
            t.noSigningSubkey
          ) : (
            <ul>
              {facts.signingSubkeys.map((s) => (
                <li key={s.fingerprint}>
                  <code>0x{s.keyId}</code> {s.algorithmLabel}, {t.created.toLowerCase()} {day(s.created, lang)}
                  {s.expires && <>, {t.expires.toLowerCase()} {day(s.expires, lang)}</>}
                  {s.revoked && <strong> — {t.subkeyRevoked}</strong>}
                  {!s.revoked && s.expired && <strong> — {t.subkeyExpired}</strong>}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      <p>
        <a href={downloadHref} download className="font-medium text-blue-700 underline dark:text-blue-300" data-testid="key-download">{t.keyDownloadHere}</a>
      </p>
      <p className="text-xs text-gray-700 dark:text-gray-300">{t.keyStatusAsOf(day(asOf, lang))}</p>
    </div>
  );
}
