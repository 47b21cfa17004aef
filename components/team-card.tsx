import type { Team } from '@/lib/profile/load';
import { dict } from '@/lib/i18n';
import { cardLabels } from '@/lib/i18n/island-strings';
import type { UiLang } from '@/lib/i18n/ui-lang';
import { cardFacts } from '@/lib/contact/card-facts';
import { teamPath } from '@/lib/site/routes';
import { TeamCardView } from '@/components/team-card-view';

/** One team in the directory list: name, kind, place, incident e-mail. */
export function TeamCard({ team, lang, level }: { team: Team; lang: UiLang; level?: 2 | 3 }) {
  return <TeamCardView card={cardFacts(team)} href={teamPath(lang, team.slug)} labels={cardLabels(dict(lang))} level={level} />;
}
