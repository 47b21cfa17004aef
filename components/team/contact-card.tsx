import { routes } from '@/lib/site/routes';
import type { ReactNode } from 'react';
import type { Profile } from '@/lib/profile/schema';
import type { Dictionary, UiLang } from '@/lib/i18n';
import type { TeamKeys } from '@/lib/profile/keys';
import type { ContactView } from '@/lib/contact/load';
import { mailtoHref } from '@/lib/contact/mailto';
import { HoursBlock } from './hours';
import { PgpKeys } from './pgp-keys';
import { FaxChannel, PhoneChannel } from './channel';
import { Requirements } from './requirements';
import { SecurityTxtAgreement } from './security-txt';
import { SectionLink } from './section-link';
import { EmailText } from '@/components/email-text';

function Row({ label, children, testId, printOptional = false }: { label: string; children: ReactNode; testId?: string; printOptional?: boolean }) {
  return (
    <div className={`border-t border-gray-200 py-3 first:border-t-0 dark:border-gray-700 print:py-1 ${printOptional ? 'print-optional' : ''}`} data-testid={testId}>
      <h3 className="mb-1 text-sm font-semibold uppercase tracking-wide text-gray-700 dark:text-gray-300">{label}</h3>
      {children}
    </div>
  );
}

/** How to reach the team: what a person under stress needs first. Prints as a card. */
type Props = { profile: Profile; view: ContactView; keys: TeamKeys; slug: string; t: Dictionary; uiLang: UiLang; body: string };

export function ContactCard({ profile, view, keys, slug, t, uiLang, body }: Props) {
  const at = (section?: string) => <SectionLink section={section} body={body} label={t.statedIn} />;
  const lang = profile.document.lang;
  const { model } = view;
  return (
    <section aria-labelledby="contact-heading" className="print-card rounded-lg border-2 border-blue-700 bg-white p-4 shadow-sm dark:border-blue-400 dark:bg-gray-900" id="contact">
      <h2 id="contact-heading" className="text-xl font-bold">{t.contactHeading}</h2>
      <Row label={t.emails} testId="emails">
        <ul className="space-y-1">
          {model.emails.map((e) => (
            <li key={e.address}>
              <a
                href={mailtoHref(e.address, e.incident ? model.urgentSubject?.tag : undefined)}
                className="inline-block min-h-6 text-lg font-semibold text-blue-700 underline dark:text-blue-300"
                data-testid={e.incident ? 'incident-email' : 'email'}
              >
                <EmailText address={e.address} />
              </a>{' '}
              <span className="text-sm text-gray-700 dark:text-gray-300">({e.uses.map((u) => t.emailUses[u]).join(', ')})</span>
              {at(e.section)}
            </li>
          ))}
        </ul>
        {model.urgentSubject && <p className="mt-1 font-medium" data-testid="urgent-subject">{t.urgentSubject(model.urgentSubject.tag)}{at(model.urgentSubject.section)}</p>}
      </Row>
      <Row label={t.phone} testId="phone">
        <PhoneChannel phone={model.phone} t={t} contentLang={lang} />
        {at(model.phone.section)}
      </Row>
      <Row label={t.hours}>
        {model.officeHours ? <HoursBlock model={model} t={t} contentLang={lang} at={at} /> : <p>{t.notStated}</p>}
        {at(model.officeHours?.section)}
      </Row>
      {model.requirements.length > 0 && (
        <Row label={t.contact.requirementsHeading} testId="requirements">
          <Requirements requirements={model.requirements} t={t} contentLang={lang} at={at} />
        </Row>
      )}
      {model.conditions.length > 0 && (
        <Row label={t.conditionsHeading} testId="conditions">
          <ul className="space-y-1">
            {model.conditions.map((c, i) => (
              <li key={i} data-code={c.code}>
                <strong>{t.conditionLabels[c.code]}</strong>{t.colon}<q lang={lang}>{c.quote}</q>
                {at(c.section)}
              </li>
            ))}
          </ul>
        </Row>
      )}
      <Row label={t.pgp} testId="pgp">
        <PgpKeys keys={profile.pgp_keys} held={keys.keys} asOf={keys.asOf} keyHref={keys.files.key ? routes.file(slug, keys.files.key) : ''} t={t} lang={uiLang} contentLang={lang} sources={view.keySources} />
      </Row>
      {view.keySources?.security_txt && (
        <Row label={t.contact.securityTxt.heading} testId="security-txt-row" printOptional>
          <SecurityTxtAgreement check={view.keySources.security_txt} t={t} lang={uiLang} />
        </Row>
      )}
      <Row label={t.fax} printOptional>
        <FaxChannel fax={profile.fax} t={t} contentLang={lang} />
      </Row>
      <Row label={t.otherChannels} printOptional>
        {profile.other_channels ? (
          <p>
            {profile.other_channels.status === 'none' && <>{t.noneStated} — </>}
            <span lang={lang}>{profile.other_channels.as_written}</span>
          </p>
        ) : (
          <p>{t.notStated}</p>
        )}
      </Row>
      <Row label={t.address}>
        {profile.address ? <address className="whitespace-pre-line not-italic" lang={lang}>{profile.address}</address> : <p>{t.notStated}</p>}
        {at(profile.sections?.address)}
      </Row>
    </section>
  );
}
