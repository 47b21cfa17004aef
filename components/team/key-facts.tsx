import type { KeyFacts } from '@/lib/pgp/key-facts';
import { formatDate, type Dictionary, type UiLang } from '@/lib/i18n';
import { keyStatusStrings } from '@/lib/i18n/island-strings';
import { fill } from '@/lib/i18n/fill';
import { keyStatusAt, type KeyDates } from '@/lib/keys/key-status';
import { KeyStatusNow } from './key-status-now.client';

const day = (iso: string, lang: UiLang) => formatDate(iso.slice(0, 10), lang);
const ALERT = 'rounded border-2 p-2 font-semibold border-red-700 bg-red-50 text-red-900 dark:bg-red-950 dark:text-red-100';
const NOTICE = 'rounded border-2 p-2 font-semibold border-amber-600 bg-amber-50 text-amber-950 dark:bg-amber-950 dark:text-amber-100';

/** Revoked, expired or expiring soon as of the build: said first and loudly, since a reader may be about to encrypt to it. */
function BuildStatus({ dates, t, lang, asOf }: { dates: KeyDates; t: Dictionary; lang: UiLang; asOf: string }) {
  const status = keyStatusAt(dates, new Date(asOf));
  if (status.kind === 'ok') return null;
  const date = day(status.date, lang);
  if (status.kind === 'expires-soon') return <p className={NOTICE} data-testid="key-status">{fill(t.keyExpiresSoon, { date })}</p>;
  return <p role="alert" className={ALERT} data-testid="key-status">{fill(status.kind === 'revoked' ? t.keyRevoked : t.keyExpired, { date })}</p>;
}

/** What the directory read from the team's key file at build time. */
export function KeyFactsBlock({ facts, t, lang, asOf, downloadHref }: { facts: KeyFacts; t: Dictionary; lang: UiLang; asOf: string; downloadHref: string }) {
  const dates: KeyDates = { expires: facts.expires, revokedOn: facts.revoked?.date ?? null };
  return (
    <div className="mt-2 space-y-2" data-testid="key-facts">
      <KeyStatusNow dates={dates} lang={lang} strings={keyStatusStrings(t)}>
        <BuildStatus dates={dates} t={t} lang={lang} asOf={asOf} />
      </KeyStatusNow>
      <dl className="print-optional grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
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
