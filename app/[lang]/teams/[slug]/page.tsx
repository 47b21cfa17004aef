import { routes, teamPath } from '@/lib/site/routes';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SiteHeader } from '@/components/site-header';
import { ContactCard } from '@/components/team/contact-card';
import { Facts } from '@/components/team/facts';
import { SignedFiles } from '@/components/team/signed-files';
import { ReportSection } from '@/components/report/report-section';
import { PrintDate } from '@/components/team/print-date.client';
import { FirstSteps } from '@/components/help/first-steps';
import { firstSteps } from '@/lib/help/first-steps';
import { teamKeys } from '@/lib/profile/keys';
import { LinkToTeam } from '@/components/team/link-to-team';
import { feedAlternate, siteUrl, teamPermalink } from '@/lib/site/url';
import { contactModel } from '@/lib/contact/model';
import { contactView } from '@/lib/contact/load';
import { MarkdownBody } from '@/components/markdown-body';
import { safeJsonForScript, teamJsonLd } from '@/lib/exports';
import { UI_LANGS, dict, formatDate, isUiLang } from '@/lib/i18n';
import { fill } from '@/lib/i18n/fill';
import { findTeam, loadTeams } from '@/lib/profile/load';

export const dynamicParams = false;

export function generateStaticParams() {
  return UI_LANGS.flatMap((lang) => loadTeams().map((team) => ({ lang, slug: team.slug })));
}

export async function generateMetadata({ params }: PageProps<'/[lang]/teams/[slug]'>): Promise<Metadata> {
  const { lang, slug } = await params;
  const team = findTeam(slug);
  if (!team || !isUiLang(lang)) return {};
  const p = team.profile;
  const t = dict(lang);
  const title = p.name.short && p.name.short !== p.name.official ? `${p.name.official} (${p.name.short})` : p.name.official;
  const incident = contactModel(p).incident;
  const description = `${t.teamTypes[p.team_type]} · ${incident.stated ? t.incidentEmail : t.emails}${t.colon}${incident.address}`;
  const url = teamPermalink(lang, team.slug);
  return {
    title,
    description,
    metadataBase: new URL(siteUrl()),
    alternates: { canonical: url, languages: { fr: teamPermalink('fr', team.slug), en: teamPermalink('en', team.slug) }, types: feedAlternate(lang) },
    openGraph: { type: 'website', title, description, url, siteName: t.siteName, locale: lang === 'fr' ? 'fr_FR' : 'en_GB' },
    twitter: { card: 'summary', title, description },
  };
}

/** One team: how to reach it first, then the facts, then its whole RFC 2350 text. */
export default async function TeamPage({ params }: PageProps<'/[lang]/teams/[slug]'>) {
  const { lang, slug } = await params;
  const team = findTeam(slug);
  if (!team || !isUiLang(lang)) notFound();
  const t = dict(lang);
  const p = team.profile;
  const keys = await teamKeys(team);
  const view = contactView(team, keys);
  const cl = p.document.lang;
  const derivedRegion = p.derived.find((d) => d.field === 'region');
  const place = [p.city, p.region].filter(Boolean).join(', ');
  return (
    <>
      <SiteHeader lang={lang} pathIn={(l) => teamPath(l, team.slug)} />
      <main id="main" className="mx-auto max-w-4xl px-4 py-6">
        <nav aria-label={t.home} className="no-print mb-3 text-sm">
          <a href={routes.home(lang)} className="inline-block min-h-6 text-blue-700 underline dark:text-blue-300">← {t.allTeams}</a>
        </nav>
        <header className="mb-4">
          <h1 className="text-2xl font-bold sm:text-3xl" lang={cl}>{p.name.official}</h1>
          <p className="text-gray-700 dark:text-gray-300">
            {p.name.short && p.name.short !== p.name.official && <><span lang={cl}>{p.name.short}</span> · </>}
            {t.teamTypes[p.team_type]}
            {place && <> · <span lang={cl}>{place}</span></>}
            {p.region && derivedRegion && <span className="text-sm" data-testid="derived-region"> ({t.contact.derivedFrom[derivedRegion.from]})</span>}
          </p>
        </header>
        <p className="print-only text-sm" data-testid="print-header">
          {t.permalinkLabel} {teamPermalink(lang, team.slug)} · <PrintDate lang={lang} label={t.printedOn} />
        </p>
        <p className="no-print mb-3 text-sm">
          <label className="inline-flex min-h-6 items-center gap-2">
            <input type="checkbox" id="print-full" className="h-5 w-5" /> {t.printFull}
          </label>
        </p>
        <ContactCard profile={p} view={view} keys={keys} slug={team.slug} t={t} uiLang={lang} body={team.body} />
        <div className="print-optional">
          <FirstSteps steps={firstSteps(p.country)} t={t} lang={lang} />
          <ReportSection team={team} view={view} t={t} />
          <SignedFiles slug={team.slug} keys={keys} fingerprint={keys.keys?.length === 1 ? keys.keys[0].fingerprint : null} lang={lang} />
          <Facts profile={p} t={t} lang={lang} />
        </div>
        <section aria-labelledby="description-heading" className="print-optional mt-10">
          <h2 id="description-heading" className="text-xl font-bold">{t.descriptionHeading}</h2>
          <p className="text-sm text-gray-700 dark:text-gray-300">{t.descriptionIntro}</p>
          {p.checked_against && (
            <p className="text-sm text-gray-700 dark:text-gray-300" data-testid="checked-against">
              {fill(t.checkedAgainst, { version: p.checked_against.version, date: formatDate(p.checked_against.date, lang), checked: formatDate(p.checked_against.checked_on, lang) })}
            </p>
          )}
          {p.document.reproduction?.allowed === false ? (
            <div className="mt-3 rounded border border-amber-700 p-3" data-testid="reproduction-restricted">
              <p>{t.contact.reproductionRestricted}</p>
              <blockquote lang={cl} className="mt-2 border-l-4 border-gray-300 pl-3 text-sm dark:border-gray-600">{p.document.reproduction.as_written}</blockquote>
              {p.document.locations.length > 0 && (
                <ul className="mt-2 list-disc pl-6">
                  {p.document.locations.map((url) => (
                    <li key={url}><a href={url} rel="noopener noreferrer external" className="[overflow-wrap:anywhere] text-blue-700 underline dark:text-blue-300">{url}</a></li>
                  ))}
                </ul>
              )}
            </div>
          ) : (
            <MarkdownBody markdown={team.body} lang={cl} emptyNote={{ text: t.emptySection, lang }} />
          )}
          <p className="mt-6 text-sm text-gray-700 dark:text-gray-300">{t.sourceNote}</p>
        </section>
        <div className="print-optional">
          <LinkToTeam team={team} lang={lang} keyFile={keys.files.key} />
        </div>
        {/* The second and last dangerouslySetInnerHTML: JSON, not HTML, escaped by safeJsonForScript so no profile text can close the script element. */}
        <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: safeJsonForScript(teamJsonLd(team, siteUrl(), lang)) }} />
      </main>
    </>
  );
}
