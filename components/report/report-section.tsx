import type { Team } from '@/lib/profile/load';
import type { ContactView } from '@/lib/contact/load';
import type { Dictionary } from '@/lib/i18n';
import { reportStrings } from '@/lib/i18n/island-strings';
import { mailtoHref } from '@/lib/contact/mailto';
import { reportSubject } from '@/lib/report/compose';
import { ReportComposer, type ComposerTeam } from './report-composer.client';

/** The items of the form: the team's own checklist, verbatim, or the standard list in the reader's language. */
function reportItems(team: Team, t: Dictionary): { items: string[]; fromTeam: boolean } {
  const checklist = team.profile.reporting?.checklist ?? [];
  return checklist.length ? { items: checklist, fromTeam: true } : { items: Object.values(t.report.standard), fromTeam: false };
}

/**
 * "Prepare your report": the team's checklist as a printable list and a plain
 * mailto: link (all a reader without JavaScript needs), and the composer
 * island that fills, previews, mails, copies, downloads or encrypts it.
 */
export function ReportSection({ team, view, t, collapsed = false }: { team: Team; view: ContactView; t: Dictionary; collapsed?: boolean }) {
  const p = team.profile;
  const { items, fromTeam } = reportItems(team, t);
  const address = view.model.incident.address;
  const urgentTag = view.model.urgentSubject?.tag;
  const composerTeam: ComposerTeam = { slug: team.slug, name: p.name.short ?? p.name.official, address, urgentTag, key: view.heldKey };
  const headingId = `report-heading-${team.slug}`;
  const body = (
    <>
      <noscript>
        <p className="mt-2">{fromTeam ? t.report.fromTeam : t.report.noScriptIntro}</p>
        <ul className="mt-1 list-disc pl-6" lang={fromTeam ? p.document.lang : undefined} data-testid="report-checklist">
          {items.map((item, i) => <li key={i}>{item}</li>)}
        </ul>
        <p className="mt-2">
          <a href={mailtoHref(address, urgentTag)} className="text-blue-700 underline dark:text-blue-300" data-testid="report-plain-mail">{t.report.plainMail}</a>{' '}
          <span className="[overflow-wrap:anywhere]">({address}, {reportSubject(t.report.subject, urgentTag)})</span>
        </p>
      </noscript>
      {!fromTeam && <p className="js-only mt-1 text-sm text-gray-700 dark:text-gray-300">{t.report.standardNote}</p>}
      <ReportComposer team={composerTeam} items={items} strings={reportStrings(t)} />
    </>
  );
  // On help results the form is folded under the call buttons; on a team page it is a section of its own.
  return collapsed ? (
    <details className="mt-3 rounded border border-gray-300 p-3 dark:border-gray-700" data-testid="report" id={`report-${team.slug}`}>
      <summary className="min-h-11 cursor-pointer py-2 font-bold">{t.report.heading}</summary>
      {body}
    </details>
  ) : (
    <section aria-labelledby={headingId} className="mt-6 rounded-lg border border-gray-300 p-4 dark:border-gray-700" data-testid="report" id={`report-${team.slug}`}>
      <h2 id={headingId} className="text-lg font-bold">{t.report.heading}</h2>
      {body}
    </section>
  );
}
