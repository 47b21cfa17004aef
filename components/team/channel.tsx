import type { Dictionary } from '@/lib/i18n';
import type { ContactModel } from '@/lib/contact/model';
import { conditionWords } from '@/lib/contact/say';
import { isFreephone } from '@/lib/contact/phone-facts';

type Status = ContactModel['phone']['status'];

/** "Not public", "None", "Not stated": a channel without numbers says which. */
function statusText(status: Status, t: Dictionary): string {
  return status === 'not-public' ? t.notPublic : status === 'none' ? t.noneStated : t.notStated;
}

/**
 * The telephone, from the contact model: each number with its role, the
 * conditions the team puts on calls (beside the number, once), and the
 * freephone caveat; or an explicit "not public" / "none".
 */
export function PhoneChannel({ phone, t, contentLang }: { phone: ContactModel['phone']; t: Dictionary; contentLang: string }) {
  return (
    <div>
      {phone.numbers.length > 0 ? (
        <ul className="space-y-1">
          {phone.numbers.map((n) => {
            const limits = conditionWords(n.conditions, t);
            return (
              <li key={n.e164 + n.role}>
                <a href={`tel:${n.e164}`} className="text-lg font-semibold text-blue-700 underline dark:text-blue-300" data-testid="phone-number">
                  {n.display}
                </a>{' '}
                <span className="text-sm text-gray-700 dark:text-gray-300" data-testid="phone-role">({t.contact.phoneRoles[n.role]})</span>
                {limits.length > 0 && <strong className="ml-1 text-sm" data-testid="phone-conditions">{limits.join(' · ')}</strong>}
                {n.note && <p className="text-sm" lang={contentLang}>{n.note}</p>}
                {isFreephone(n.e164) && <p className="text-sm" data-testid="freephone-note">{t.freephoneNote}</p>}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="font-medium" data-testid="channel-status">{statusText(phone.status, t)}</p>
      )}
      {phone.note && <p className="text-sm" lang={contentLang}>{phone.note}</p>}
    </div>
  );
}

/** The fax line: numbers as tel: links, or its status. */
export function FaxChannel({ fax, t, contentLang }: { fax?: { status: 'public' | 'not-public' | 'none'; note?: string; numbers: { e164: string; display: string }[] }; t: Dictionary; contentLang: string }) {
  if (!fax) return <p>{t.notStated}</p>;
  return (
    <div>
      {fax.status === 'public' && fax.numbers.length > 0 ? (
        <ul className="space-y-1">
          {fax.numbers.map((n) => (
            <li key={n.e164}>
              <a href={`tel:${n.e164}`} className="text-lg font-semibold text-blue-700 underline dark:text-blue-300">{n.display}</a>
            </li>
          ))}
        </ul>
      ) : (
        <p className="font-medium" data-testid="channel-status">{statusText(fax.status, t)}</p>
      )}
      {fax.note && <p className="text-sm" lang={contentLang}>{fax.note}</p>}
    </div>
  );
}
