import type { Team } from '@/lib/profile/load';
import type { ContactView } from '@/lib/contact/load';
import { dict, type UiLang } from '@/lib/i18n';
import { openNowStrings } from '@/lib/i18n/island-strings';
import { openHours } from '@/lib/contact/model';
import { aroundTheClockSentence, conditionWords, scheduleLine } from '@/lib/contact/say';
import { urgentMailto } from '@/lib/contact/mailto';
import { teamPath } from '@/lib/site/routes';
import { formatFingerprint } from '@/lib/keys/fingerprint';
import { isFreephone } from '@/lib/contact/phone-facts';
import { firstSteps } from '@/lib/help/first-steps';
import { EmailText } from '@/components/email-text';
import { ReportSection } from '@/components/report/report-section';
import { Requirements } from '@/components/team/requirements';
import { OpenNow } from './open-now.client';
import { CallButton } from './call-button.client';
import { FirstSteps } from './first-steps';

const button = 'inline-flex min-h-12 items-center justify-center rounded-lg px-4 py-2 text-center text-lg font-bold text-white';

/** One team for a person in a crisis: call, write, encrypt; whether it is open; what the team asks; nothing else first. */
export function TeamHelpCard({ team, lang, view }: { team: Team; lang: UiLang; view: ContactView }) {
  const t = dict(lang);
  const p = team.profile;
  const { model, holidays } = view;
  const phone = model.callFirst;
  const atc = model.aroundTheClock;
  const office = model.officeHours;
  const key = p.pgp_keys[0];
  const strings = openNowStrings(t);
  const c = p.constituency;
  const callLimits = phone ? conditionWords(phone.conditions, t) : [];
  return (
    <li className="rounded-lg border-2 border-gray-300 bg-white p-4 dark:border-gray-700 dark:bg-gray-900" data-testid="help-result" data-slug={team.slug}>
      <h2 className="text-xl font-bold" lang={p.document.lang}>{p.name.official}</h2>
      <p className="text-sm" data-testid="serves">
        {t.servesLabel}
        {c?.tags_qualifier && <> {t.contact.servesQualifier[c.tags_qualifier]}</>}
        {t.colon}
        {c?.customers_only && <strong data-testid="customers-only">{t.customersOnly}</strong>}
        {c?.customers_only && c.tags.length > 0 && ' · '}
        {(c?.tags ?? []).map((tag) => t.constituencyTags[tag]).join(', ')}
      </p>
      {atc && (
        <p className="font-semibold text-green-800 dark:text-green-300" data-testid="help-24-7">
          {aroundTheClockSentence(atc, t)}
        </p>
      )}
      {office && office.schedule.length > 0 && (
        <p className="text-sm" data-testid="schedule">
          {t.scheduleAsOfBuild}{t.colon}{scheduleLine(office, t)} ({office.timezone})
        </p>
      )}
      {office && <OpenNow hours={openHours(model)!} lang={lang} strings={strings} holidays={holidays} />}
      {!office?.schedule.length && !atc && <p className="text-sm">{t.hoursNotStructured}</p>}
      <div className="mt-3 flex flex-col gap-2 sm:flex-row">
        {phone ? (
          <CallButton
            href={`tel:${phone.e164}`}
            label={`${t.callTeam} ${phone.display}`}
            limits={callLimits.join(' · ')}
            hours={openHours(model, 'phone') ?? null}
            holidays={holidays}
            strings={strings}
            className={button}
          />
        ) : (
          <p className="self-center font-medium" data-testid="no-phone">{model.phone.numbers.length ? t.contact.customersLineOnly : t.noPublicPhone}</p>
        )}
        <a href={urgentMailto(model, p.reporting?.checklist ?? [], t.mailBodyIntro)} className={`${button} bg-blue-700 hover:bg-blue-800`} data-testid="write">
          {t.writeUrgent}
        </a>
      </div>
      {phone && isFreephone(phone.e164) && <p className="mt-1 text-sm" data-testid="freephone-note">{t.freephoneNote}</p>}
      <p className="mt-2">
        <span className="font-mono" data-testid="help-email"><EmailText address={model.incident.address} /></span>
        {model.urgentSubject && <> · {t.urgentSubject(model.urgentSubject.tag)}</>}
      </p>
      {key && (
        <p className="mt-1 text-sm" data-testid="encrypt-to">
          {t.encryptTo} <code className="[overflow-wrap:anywhere]">{formatFingerprint(key.fingerprint)}</code>
        </p>
      )}
      {model.requirements.length > 0 && (
        <details className="mt-2 text-sm" data-testid="help-requirements">
          <summary className="min-h-6 cursor-pointer font-semibold">{t.contact.requirementsHeading}</summary>
          <Requirements requirements={model.requirements} t={t} contentLang={p.document.lang} />
        </details>
      )}
      <FirstSteps steps={firstSteps(p.country)} t={t} lang={lang} />
      <ReportSection team={team} view={view} t={t} collapsed />
      <p className="mt-2 text-sm">
        <a href={teamPath(lang, team.slug)} className="inline-block min-h-6 text-blue-700 underline dark:text-blue-300">{t.seeListing}</a>
      </p>
    </li>
  );
}
