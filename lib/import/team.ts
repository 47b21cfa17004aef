/**
 * What kind of team it is and how it presents itself: the team type (required
 * by the schema, inferred from unambiguous words such as "CERT commercial" or
 * "entité interne" and always reported as CHECK), team members (2.9) and other
 * telecommunication channels (2.6).
 */
import type { TeamType } from './profile-types';
import type { Report } from './report';
import type { Outline } from './sections';
import { keyText } from './lookup';
import { fold, plain, quote, sentences, squash } from './text';

export type Members = { public: boolean; head?: string; as_written?: string };
const NOT_PUBLIC = /(not (publicly )?(available|listed|public|published|disclosed)|pas (publi|list|diffus)|n'est (pas )?(publi|diffus)|ne sont pas (list|publi)|aucune information nominative|nicht (offentlich|veroffentlicht)|no (es|son|se) (public|publica))/;
const HEAD = /\b(?:responsable|directeur|directrice|director|head|leiter(?:in)?|jefe|manager|chef)\b[^.]{0,70}?\b(?:est|is|ist|es)\s+((?:[A-ZÀ-Ý][\p{L}'-]+|[A-Z]{2,})(?:\s+(?:[A-ZÀ-Ý][\p{L}'-]+|[A-Z]{2,})){1,3})/u;

export function extractMembers(outline: Outline, report: Report): Members | undefined {
  const text = plain(keyText(outline, 'members'));
  if (!text) {
    report.missing('members', 'no team members section');
    return undefined;
  }
  const all = sentences(text);
  const hidden = all.find((s) => NOT_PUBLIC.test(fold(s)));
  const head = all.map((s) => HEAD.exec(s)?.[1]).find(Boolean);
  const members: Members = { public: !hidden, as_written: quote(text) };
  if (head) members.head = head;
  report[hidden ? 'found' : 'inferred']('members.public', String(members.public), hidden ? `"${squash(hidden)}"` : 'the section does not say the list is withheld');
  if (head) report.found('members.head', head);
  return members;
}

export type { TeamType };
const TYPE_RULES = [
  [/\bpsirt\b|product security incident/, 'psirt'],
  [/(cert|csirt) (commercial|comercial)|commercial (cert|csirt)|kommerzielle[sn]? (cert|csirt)|as a service|as-a-service/, 'commercial'],
  [/(csirt|cert) (national|gouvernemental)|national (csirt|cert)|nationales? (csirt|cert)/, 'national'],
  [/(entite|equipe|cellule|service) interne|internal (entity|team|csirt|cert)|interne (de|du)/, 'internal'],
  [/\b(csirt|cert) regional|regional (csirt|cert)|\bde la region\b|\baffilie a la region\b|\bregion (des |de la |du )?[a-z]/, 'regional'],
  [/universit|academi|enseignement superieur|research and education|hochschul|universidad/, 'academic'],
  [/ministere|ministry|gouvernement|government|bundesamt|ministerio|gobierno|gubernamental/, 'government'],
  [/(csirt|cert) (sectoriel|sectoral|de sante|sante|health|maritime)|sectoral (csirt|cert)|sektoral/, 'sectoral'],
  [/\b(ses|its|our|nos|seine|sus) (clients|customers|kunden|clientes)\b|souscrit|subscribed|contrat de service|service contract/, 'commercial'],
] as const satisfies readonly (readonly [RegExp, TeamType])[];

/** Compile-time check: a team type added to the schema without a rule here fails the type check. */
type TeamTypeWithoutRule = Exclude<TeamType, (typeof TYPE_RULES)[number][1]>;
const everyTeamTypeHasARule: [TeamTypeWithoutRule] extends [never] ? true : TeamTypeWithoutRule = true;
void everyTeamTypeHasARule;

export function inferTeamType(outline: Outline, name: string | undefined, report: Report): TeamType | undefined {
  const parts = [name ?? '', keyText(outline, 'document', true), keyText(outline, 'charter', true), keyText(outline, 'services', true)].map((t) => fold(plain(t)));
  for (const [pattern, type] of TYPE_RULES) {
    for (const part of parts) {
      const m = pattern.exec(part);
      if (m) {
        report.inferred('team_type', type, `from the words "${m[0].trim()}"`);
        return type;
      }
    }
  }
  report.missing('team_type', 'nothing in the document says which kind of team it is (required)');
  return undefined;
}

export function extractOtherChannels(outline: Outline, report: Report): { status: 'none' | 'listed'; as_written: string } | undefined {
  const text = squash(plain(keyText(outline, 'other-telecom')).replace(/^-\s*/gm, ''));
  if (!text) {
    report.missing('other_channels');
    return undefined;
  }
  const none = /(non applicable|not applicable|sans objet|aucun|none|non disponible|not available|n\/a|keine|ninguno|no aplica)/.test(fold(text));
  report.found('other_channels', `${none ? 'none' : 'listed'} ("${text}")`);
  return { status: none ? 'none' : 'listed', as_written: text };
}
