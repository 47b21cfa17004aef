import type { ReactNode } from 'react';
import type { Profile } from '@/lib/profile/schema';
import { formatDate, type Dictionary, type UiLang } from '@/lib/i18n';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="mt-3 font-semibold">{label}</dt>
      <dd className="mt-1">{children}</dd>
    </>
  );
}

const linkClass = '[overflow-wrap:anywhere] text-blue-700 underline dark:text-blue-300';

function Quote({ lang, children }: { lang: string; children: ReactNode }) {
  return (
    <blockquote lang={lang} className="mt-1 border-l-4 border-gray-300 pl-3 text-sm dark:border-gray-600">
      {children}
    </blockquote>
  );
}

/** The team at a glance: type, host, constituency, networks, reporting, document facts. */
export function Facts({ profile, t, lang }: { profile: Profile; t: Dictionary; lang: UiLang }) {
  const cl = profile.document.lang;
  const doc = profile.document;
  return (
    <section aria-labelledby="facts-heading" className="mt-8">
      <h2 id="facts-heading" className="text-xl font-bold">{t.aboutHeading}</h2>
      <dl>
        <Fact label={t.teamType}>{t.teamTypes[profile.team_type]}</Fact>
        {profile.host_organisation && <Fact label={t.hostOrganisation}><span lang={cl}>{profile.host_organisation}</span></Fact>}
        {profile.website && (
          <Fact label={t.website}>
            <a href={profile.website} rel="noopener noreferrer external" className={linkClass}>{profile.website}</a>
          </Fact>
        )}
        <Fact label={t.constituency}>
          {profile.constituency ? (
            <>
              <p data-testid="constituency-tags">
                {profile.constituency.tags_qualifier && <>{t.contact.servesQualifier[profile.constituency.tags_qualifier]}{t.colon}</>}
                {profile.constituency.tags.map((tag) => t.constituencyTags[tag]).join(', ')}
                {profile.constituency.customers_only && (
                  <>
                    {profile.constituency.tags.length > 0 && ' · '}
                    <strong>{t.customersOnly}</strong>
                  </>
                )}
              </p>
              <Quote lang={cl}>{profile.constituency.as_written}</Quote>
            </>
          ) : (
            t.notStated
          )}
        </Fact>
        {profile.memberships.length > 0 && (
          <Fact label={t.memberships}>
            <ul>
              {profile.memberships.map((m) => (
                <li key={m.organisation}>
                  <span lang={cl}>{m.organisation}</span> — {t.membershipStatus[m.status]}
                  <Quote lang={cl}>{m.as_written}</Quote>
                </li>
              ))}
            </ul>
          </Fact>
        )}
        <Fact label={t.members}>
          {profile.members ? (
            <>
              {profile.members.head && <p>{t.head}{t.colon}<span lang={cl}>{profile.members.head}</span></p>}
              {!profile.members.public && <p>{t.membersNotPublic}</p>}
              {profile.members.as_written && <Quote lang={cl}>{profile.members.as_written}</Quote>}
            </>
          ) : (
            t.notStated
          )}
        </Fact>
        <Fact label={t.tlp}>
          {profile.tlp ? (
            <>
              {profile.tlp.version && <p>TLP {profile.tlp.version}</p>}
              <Quote lang={cl}>{profile.tlp.as_written}</Quote>
            </>
          ) : (
            t.notStated
          )}
        </Fact>
        <Fact label={t.reporting}>
          {profile.reporting ? (
            <div data-testid="reporting">
              {profile.reporting.form_url && (
                <p>
                  {t.reportForm}{t.colon}
                  <a href={profile.reporting.form_url} rel="noopener noreferrer external" className={linkClass}>{profile.reporting.form_url}</a>
                </p>
              )}
              {profile.reporting.form_note && <Quote lang={cl}>{profile.reporting.form_note}</Quote>}
              {profile.reporting.checklist.length > 0 && (
                <>
                  <p className="mt-2 font-medium">{t.checklist}</p>
                  <ul className="list-disc pl-6" lang={cl}>
                    {profile.reporting.checklist.map((item) => <li key={item}>{item}</li>)}
                  </ul>
                </>
              )}
            </div>
          ) : (
            t.notStated
          )}
        </Fact>
      </dl>
      <h2 className="mt-8 text-xl font-bold" id="document-heading">{t.documentHeading}</h2>
      <dl>
        {doc.version && <Fact label={t.version}>{doc.version}</Fact>}
        <Fact label={t.lastUpdated}>
          <time dateTime={doc.last_updated}>{formatDate(doc.last_updated, lang)}</time>
          {doc.date_note && <Quote lang={cl}>{doc.date_note}</Quote>}
        </Fact>
        <Fact label={t.documentLanguage}>{t.languageNames[doc.lang] ?? doc.lang}</Fact>
        <Fact label={t.signed}>{doc.signed ? t.signedYes : t.signedNo}</Fact>
        {doc.locations.length > 0 && (
          <Fact label={t.locations}>
            <ul>
              {doc.locations.map((url) => (
                <li key={url}><a href={url} rel="noopener noreferrer external" className={linkClass}>{url}</a></li>
              ))}
            </ul>
          </Fact>
        )}
        {doc.distribution && <Fact label={t.distribution}><Quote lang={cl}>{doc.distribution}</Quote></Fact>}
      </dl>
    </section>
  );
}
