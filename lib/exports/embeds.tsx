import { routes } from '@/lib/site/routes';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Team } from '@/lib/profile/load';
import { UI_LANGS } from '@/lib/i18n/index';
import { teamPermalink } from '@/lib/site/url';
import { EmbedCard } from '@/components/embed/embed-card';

/** Every team's embeddable card in both languages, as files of the static site; `base` is the public base URL. */
export function renderEmbeds(teams: Team[], base: string): { path: string; html: string }[] {
  return UI_LANGS.flatMap((lang) =>
    teams.map((team) => ({
      path: `${routes.embed(lang, team.slug).slice(1)}index.html`,
      html: `<!DOCTYPE html>${renderToStaticMarkup(<EmbedCard team={team} lang={lang} permalink={teamPermalink(lang, team.slug, base)} css="/embed.css" />)}`,
    })),
  );
}
