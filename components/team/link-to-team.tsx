import type { Team } from '@/lib/profile/load';
import { dict, type UiLang } from '@/lib/i18n';
import { OPEN_DATA_PATHS, embedSnippet, embedUrl, siteUrl, teamFilePath, teamPermalink } from '@/lib/site/url';
import { CopyButton } from '@/components/copy-button.client';

const link = 'inline-block min-h-6 text-blue-700 underline dark:text-blue-300';

/** For partner sites: the permalink and a copy-paste snippet of the embeddable contact card. */
export function LinkToTeam({ team, lang, keyFile }: { team: Team; lang: UiLang; keyFile: string | null }) {
  const t = dict(lang);
  const permalink = teamPermalink(lang, team.slug);
  const snippet = embedSnippet(embedUrl(lang, team.slug), t.embedTitle(team.profile.name.official));
  return (
    <section aria-labelledby="link-heading" className="no-print mt-10" data-testid="link-to-team">
      <h2 id="link-heading" className="text-xl font-bold">{t.linkHeading}</h2>
      <p className="mt-2 font-medium">{t.permalink}</p>
      <p>
        <code className="[overflow-wrap:anywhere]" data-testid="permalink">{permalink}</code>
        <CopyButton value={permalink} builtFor={siteUrl()} label={t.copyLink} copied={t.copied} failed={t.copyFailed} />
      </p>
      <p className="text-sm text-gray-700 dark:text-gray-300">{t.permalinkNote}</p>
      <p className="mt-3 font-medium">{t.embedSnippet}</p>
      <pre className="mt-1 overflow-x-auto whitespace-pre-wrap rounded bg-gray-100 p-2 text-xs [overflow-wrap:anywhere] dark:bg-gray-800"><code data-testid="embed-snippet">{snippet}</code></pre>
      <CopyButton value={snippet} builtFor={siteUrl()} label={t.copySnippet} copied={t.copied} failed={t.copyFailed} />
      <h3 className="mt-6 font-medium">{t.dataHeading}</h3>
      <ul className="mt-1 list-disc pl-6" data-testid="team-data">
        <li><a className={link} href={`/${OPEN_DATA_PATHS.teamVcard(team.slug)}`} download={`${team.slug}.vcf`} type="text/vcard">{t.dataVcard}</a></li>
        <li><a className={link} href={`/${OPEN_DATA_PATHS.teamJson(team.slug)}`} type="application/json">{t.dataJson}</a></li>
        {keyFile && <li><a className={link} href={`/${teamFilePath(team.slug, keyFile)}`} download type="application/pgp-keys">{t.dataKey}</a></li>}
        <li>
          {t.dataAll}{t.colon}<a className={link} href={`/${OPEN_DATA_PATHS.teams}`}>teams.json</a>
          {' · '}<a className={link} href={`/${OPEN_DATA_PATHS.schema}`}>{t.dataSchema}</a>
          {' · '}<a className={link} href={`/${OPEN_DATA_PATHS.feed}`} type="application/atom+xml">{t.dataFeed}</a>
        </li>
      </ul>
    </section>
  );
}
