import type { Dictionary } from '@/lib/i18n';
import { formatDate } from '@/lib/i18n/format-date';
import type { UiLang } from '@/lib/i18n/ui-lang';
import { fill } from '@/lib/i18n/fill';
import type { SecurityTxtCheck } from '@/lib/keys/security-txt';

/**
 * What keys:refresh found in the security.txt of the team's domain, beside
 * the listing: whether its Contact and Encryption agree, whether it is signed
 * by a listed key, since when it agrees, and when it was read. A file refused
 * or not found says so; nothing is softened.
 */
export function SecurityTxtAgreement({ check, t, lang }: { check: SecurityTxtCheck; t: Dictionary; lang: UiLang }) {
  const w = t.contact.securityTxt;
  return (
    <div className="text-sm" data-testid="security-txt" data-outcome={check.outcome} data-contact={check.contact ?? ''}>
      <p>
        <a href={check.url} rel="noopener noreferrer external" className="[overflow-wrap:anywhere] text-blue-700 underline dark:text-blue-300">{check.url}</a>
        {t.colon}
        {check.outcome === 'checked' ? (
          <>
            {w.contact[check.contact!]}; {w.encryption[check.encryption!]}; {w.signature[check.signature!]}
            {check.agrees_since && <>. {fill(w.agreesSince, { date: formatDate(check.agrees_since, lang) })}</>}
          </>
        ) : (
          <>{w.outcome[check.outcome]}</>
        )}
      </p>
      {check.differing && <p data-testid="security-txt-differing">{w.differing} <code className="[overflow-wrap:anywhere]">{check.differing.join(', ')}</code></p>}
      <p className="text-gray-700 dark:text-gray-300">{fill(t.lastChecked, { date: formatDate(check.checked_at, lang) })}</p>
    </div>
  );
}
