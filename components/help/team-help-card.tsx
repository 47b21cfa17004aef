import type { Team } from '@/lib/profile/load';
import { dict, type Lang } from '@/lib/i18n';
import { formatFingerprint } from '@/lib/fingerprint';
import { incidentEmail, urgentMailto } from '@/lib/team-view';
import { OpenNow } from './open-now.client';

const button = 'inline-flex min-h-12 items-center justify-center rounded-lg px-4 py-2 text-lg font-bold text-white';

/** One team for a person in a crisis: call, write, encrypt; whether it is open; nothing else first. */
export function TeamHelpCard({ team, lang }: { team: Team; lang: Lang }) {
  const t = dict(lang);
  const p = team.profile;
  const phones = p.telephone?.status === 'public' ? p.telephone.numbers : [];
  const phone = phones.find((n) => n.use === 'emergency') ?? phones[0];
  const atc = p.hours?.around_the_clock;
  const key = p.pgp_keys[0];
  return (
    <li className="rounded-lg border-2 border-gray-300 bg-white p-4 dark:border-gray-700 dark:bg-gray-900" data-testid="help-result" data-slug={team.slug}>
      <h2 className="text-xl font-bold" lang={p.document.lang}>{p.name.official}</h2>
      {atc && (
        <p className="font-semibold text-green-800 dark:text-green-300" data-testid="help-24-7">
          {t.aroundTheClock} {atc.channels.map((c) => t.aroundTheClockChannels[c]).join(', ')}, {t.aroundTheClockAudience[atc.audience]}
          {atc.except_public_holidays && `, ${t.exceptHolidays}`}
        </p>
      )}
      {p.hours ? <OpenNow hours={p.hours} lang={lang} /> : null}
      {!p.hours?.schedule.length && !atc && <p className="text-sm">{t.hoursNotStructured}</p>}
      <div className="mt-3 flex flex-col gap-2 sm:flex-row">
        {phone ? (
          <a href={`tel:${phone.e164}`} className={`${button} bg-green-700 hover:bg-green-800`} data-testid="call">
            {t.callTeam} {phone.display}
          </a>
        ) : (
          <p className="self-center font-medium" data-testid="no-phone">{t.noPublicPhone}</p>
        )}
        <a href={urgentMailto(p, t.mailBodyIntro)} className={`${button} bg-blue-700 hover:bg-blue-800`} data-testid="write">
          {t.writeUrgent}
        </a>
      </div>
      <p className="mt-2 [overflow-wrap:anywhere]">
        <span className="font-mono">{incidentEmail(p)}</span>
        {p.urgent_subject && <> · {t.urgentSubject(p.urgent_subject)}</>}
      </p>
      {key && (
        <p className="mt-1 text-sm" data-testid="encrypt-to">
          {t.encryptTo} <code className="[overflow-wrap:anywhere]">{formatFingerprint(key.fingerprint)}</code>
        </p>
      )}
      <p className="mt-2 text-sm">
        <a href={`/${lang}/teams/${team.slug}/`} className="text-blue-700 underline dark:text-blue-300">{t.seeListing}</a>
      </p>
    </li>
  );
}
