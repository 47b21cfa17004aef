import type { Team } from '@/lib/profile/load';
import { dict, type Lang } from '@/lib/i18n';
import { incidentEmail, isAroundTheClock } from '@/lib/team-view';
import { TeamCardView } from '@/components/team-card-view';

/** One team in the directory list: name, kind, place, incident e-mail. */
export function TeamCard({ team, lang, level }: { team: Team; lang: Lang; level?: 2 | 3 }) {
  const p = team.profile;
  const facts = {
    href: `/${lang}/teams/${team.slug}/`,
    name: p.name.official,
    nameLang: p.document.lang,
    teamType: dict(lang).teamTypes[p.team_type],
    place: [p.city, p.region].filter(Boolean).join(', '),
    aroundTheClock: isAroundTheClock(p),
    email: incidentEmail(p),
  };
  return <TeamCardView facts={facts} lang={lang} level={level} />;
}
