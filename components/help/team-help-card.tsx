import type { Team } from '@/lib/profile/load';
import type { TeamKeys } from '@/lib/profile/keys';
import { dict, type UiLang } from '@/lib/i18n';
import { openNowStrings } from '@/lib/i18n/island-strings';
import { aroundTheClockSentence, scheduleLine } from '@/lib/hours';
import { teamPath } from '@/lib/team-path';
import { formatFingerprint } from '@/lib/fingerprint';
import { callFirst, incidentEmail, urgentMailto } from '@/lib/team-view';
import { isFreephone } from '@/lib/phone-facts';
import { firstSteps } from '@/lib/first-steps';
import { publicHolidays } from '@/lib/holidays';
import { buildNow } from '@/lib/build-time';
import { EmailText } from '@/components/email-text';
import { ReportSection } from '@/components/report/report-section';
import { OpenNow } from './open-now.client';
import { CallButton } from './call-button.client';
import { FirstSteps } from './first-steps';

const button = 'inline-flex min-h-12 items-center justify-center rounded-lg px-4 py-2 text-center text-lg font-bold text-white';

/** The public holidays the "open now" islands must treat as closed days: only when the team says it closes on them. */
function closedHolidays(team: Team): string[] {
  const h = team.profile.hours;
  if (!h || !(h.except_public_holidays || h.around_the_clock?.except_public_holidays)) return [];
  return publicHolidays(team.profile.country, team.profile.region, buildNow()).map((d) => d.date);
}

/** One team for a person in a crisis: call, write, encrypt; whether it is open; nothing else first. */
export function TeamHelpCard({ team, lang, keys }: { team: Team; lang: UiLang; keys: TeamKeys }) {
  const t = dict(lang);
  const p = team.profile;
  const phone = callFirst(p);
  const atc = p.hours?.around_the_clock;
  const key = p.pgp_keys[0];
  const holidays = closedHolidays(team);
  const strings = openNowStrings(t);
  return (
    <li className="rounded-lg border-2 border-gray-300 bg-white p-4 dark:border-gray-700 dark:bg-gray-900" data-testid="help-result" data-slug={team.slug}>
      <h2 className="text-xl font-bold" lang={p.document.lang}>{p.name.official}</h2>
      <p className="text-sm" data-testid="serves">
        {t.servesLabel}{t.colon}
        {p.constituency?.customers_only && <strong data-testid="customers-only">{t.customersOnly}</strong>}
        {p.constituency?.customers_only && p.constituency.tags.length > 0 && ' · '}
        {(p.constituency?.tags ?? []).map((tag) => t.constituencyTags[tag]).join(', ')}
      </p>
      {atc && (
        <p className="font-semibold text-green-800 dark:text-green-300" data-testid="help-24-7">
          {aroundTheClockSentence(p, t)}
        </p>
      )}
      {p.hours && p.hours.schedule.length > 0 && (
        <p className="text-sm" data-testid="schedule">
          {t.scheduleAsOfBuild}{t.colon}{scheduleLine(p.hours, t)} ({p.hours.timezone})
        </p>
      )}
      {p.hours ? <OpenNow hours={p.hours} lang={lang} strings={strings} holidays={holidays} /> : null}
      {!p.hours?.schedule.length && !atc && <p className="text-sm">{t.hoursNotStructured}</p>}
      <div className="mt-3 flex flex-col gap-2 sm:flex-row">
        {phone ? (
          <CallButton href={`tel:${phone.e164}`} label={`${t.callTeam} ${phone.display}`} hours={p.hours ?? null} holidays={holidays} strings={strings} className={button} />
        ) : (
          <p className="self-center font-medium" data-testid="no-phone">{t.noPublicPhone}</p>
        )}
        <a href={urgentMailto(p, t.mailBodyIntro)} className={`${button} bg-blue-700 hover:bg-blue-800`} data-testid="write">
          {t.writeUrgent}
        </a>
      </div>
      {phone && isFreephone(phone.e164) && <p className="mt-1 text-sm" data-testid="freephone-note">{t.freephoneNote}</p>}
      <p className="mt-2">
        <span className="font-mono" data-testid="help-email"><EmailText address={incidentEmail(p)} /></span>
        {p.urgent_subject && <> · {t.urgentSubject(p.urgent_subject)}</>}
      </p>
      {key && (
        <p className="mt-1 text-sm" data-testid="encrypt-to">
          {t.encryptTo} <code className="[overflow-wrap:anywhere]">{formatFingerprint(key.fingerprint)}</code>
        </p>
      )}
      <FirstSteps steps={firstSteps(p.country)} t={t} lang={lang} />
      <ReportSection team={team} keys={keys} t={t} collapsed />
      <p className="mt-2 text-sm">
        <a href={teamPath(lang, team.slug)} className="inline-block min-h-6 text-blue-700 underline dark:text-blue-300">{t.seeListing}</a>
      </p>
    </li>
  );
}
