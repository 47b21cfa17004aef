import type { Profile } from '@/lib/profile/schema';
import type { Dictionary } from '@/lib/i18n';
import { isFreephone } from '@/lib/phone-facts';

/** A telephone or fax channel: numbers with tel: links, or an explicit "not public" / "none". */
export function Channel({ channel, t, contentLang }: { channel: Profile['telephone']; t: Dictionary; contentLang: string }) {
  if (!channel) return <p>{t.notStated}</p>;
  return (
    <div>
      {channel.status === 'public' ? (
        <ul className="space-y-1">
          {channel.numbers.map((n) => (
            <li key={n.e164 + n.use}>
              <a href={`tel:${n.e164}`} className="text-lg font-semibold text-blue-700 underline dark:text-blue-300" data-testid="phone-number">
                {n.display}
              </a>{' '}
              <span className="text-sm text-gray-700 dark:text-gray-300">({t.phoneUses[n.use]})</span>
              {n.note && <p className="text-sm" lang={contentLang}>{n.note}</p>}
              {isFreephone(n.e164) && <p className="text-sm" data-testid="freephone-note">{t.freephoneNote}</p>}
            </li>
          ))}
        </ul>
      ) : (
        <p className="font-medium" data-testid="channel-status">{channel.status === 'not-public' ? t.notPublic : t.noneStated}</p>
      )}
      {channel.note && <p className="text-sm" lang={contentLang}>{channel.note}</p>}
    </div>
  );
}
