/**
 * Constituency (section 3.2) and memberships: who the team serves, mapped
 * onto the schema's fixed tags from the words of the section, and the
 * networks or qualifications the document states (member of, accredited,
 * qualified, taking part, applying). Only sentences that say so are used.
 */
import type { ConstituencyTag, MembershipStatus } from './profile-types';
import type { Report } from './report';
import type { Outline } from './sections';
import { keyText } from './lookup';
import { fold, plain, quote, sentences, squash } from './text';
import { isRange } from '@/lib/search/network';

type Tag = ConstituencyTag;

const TAGS: [RegExp, Tag][] = [
  [/\b(pme|smes?|kmu|pymes?|small and medium)/, 'smes'],
  [/\b(eti|mid-?caps?|mid-size|intermediate-sized|entreprises de taille intermediaire|mittelstand)/, 'mid-size-companies'],
  [/(multinational|grandes? entreprises?|large (companies|enterprises)|grands comptes|grossunternehmen|grandes empresas)/, 'large-companies'],
  [/(secteur prive|private sector|privatwirtschaft|sector privado|entreprises privees)/, 'private-sector'],
  [/(secteur public|public sector|etablissements publics|public institutions|administrations?|administraciones publicas|offentliche|sector publico)/, 'public-sector'],
  [/(collectivites|local authorities|local government|kommunen|gemeinden|entidades locales|ayuntamientos)/, 'local-authorities'],
  [/(sante|health|hopita|hospital|gesundheit|sanitari|salud)/, 'health'],
  [/(associations?|non-profit|vereine|asociaciones)/, 'associations'],
  [/(particuliers|individuals|citizens|citoyens|burger|ciudadanos)/, 'individuals'],
  [/(clients?|customers?|kunden|clientes)/, 'customers'],
  [/(entites internes|internal (entities|units|departments)|interne|intern\b)/, 'internal'],
  [/(partenaires|partners|partner|socios)/, 'partners'],
];

const COUNTRY_WORDS: [RegExp, string][] = [
  [/(france|francais|french|metropolitaine|territoire national|national territory)/, 'FR'],
  [/(deutschland|germany|bundesgebiet)/, 'DE'],
  [/(espana|spain|espagne)/, 'ES'],
  [/(belgique|belgium|belgie)/, 'BE'],
];

export type Constituency = {
  tags: Tag[];
  customers_only: boolean;
  countries: string[];
  regions: string[];
  domains?: string[];
  asns?: number[];
  ipranges?: string[];
  network_as_written?: string;
  as_written: string;
};

const DOMAIN_IN_TEXT = /(?<![@\w.-])(\*\.)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63})(?![\w.-]*@)/gi;
const ASN_IN_TEXT = /\bAS(?:N)?\s?(\d{1,10})\b/g;
const RANGE_IN_TEXT = /(?<![\w:.])((?:\d{1,3}\.){3}\d{1,3}\/\d{1,2}|[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){1,7}\/\d{1,3})(?![\w:]|\.\d)/gi;

/**
 * Domains, AS numbers and address ranges the constituency section gives, with the sentences
 * that give them; domains only from a sentence that speaks of domains ("domaine", "domain"),
 * so a web address in the text is not taken for the constituency.
 */
function networkOf(text: string, report: Report): Pick<Constituency, 'domains' | 'asns' | 'ipranges' | 'network_as_written'> {
  const all = sentences(plain(text));
  const domains = new Set<string>();
  const asns = new Set<number>();
  const ranges = new Set<string>();
  const said: string[] = [];
  for (const sentence of all) {
    const before = domains.size + asns.size + ranges.size;
    for (const m of sentence.matchAll(RANGE_IN_TEXT)) if (isRange(m[1])) ranges.add(m[1].toLowerCase());
    for (const m of sentence.matchAll(ASN_IN_TEXT)) asns.add(Number(m[1]));
    if (/(domaine|domain|dominio|zone|tld|suffix)/i.test(fold(sentence)))
      for (const m of sentence.matchAll(DOMAIN_IN_TEXT)) if (!/^\d+(\.\d+)+$/.test(m[2])) domains.add(`${m[1] ?? ''}${m[2].toLowerCase()}`);
    if (domains.size + asns.size + ranges.size > before) said.push(squash(sentence));
  }
  if (!said.length) return {};
  if (domains.size) report.found('constituency.domains', [...domains].join(', '));
  if (asns.size) report.found('constituency.asns', [...asns].join(', '));
  if (ranges.size) report.found('constituency.ipranges', [...ranges].join(', '));
  return {
    ...(domains.size && { domains: [...domains] }),
    ...(asns.size && { asns: [...asns] }),
    ...(ranges.size && { ipranges: [...ranges] }),
    network_as_written: said.join(' '),
  };
}


export function extractConstituency(outline: Outline, country: string | undefined, report: Report): Constituency | undefined {
  const text = keyText(outline, 'constituency', true);
  if (!text) {
    report.missing('constituency', 'no constituency section (3.2)');
    return undefined;
  }
  const folded = fold(plain(text));
  const tags = [...new Set(TAGS.filter(([p]) => p.test(folded)).map(([, t]) => t))];
  const open = /(pme|sme|collectivit|local authorit|associations|health|sante|etablissements publics|public institutions|organi[sz]ations? (localisees|located|situees)|located in|citizens|particuliers)/.test(folded);
  const customers_only = tags.includes('customers') && !open;
  const countries = [...new Set(COUNTRY_WORDS.filter(([p]) => p.test(folded)).map(([, c]) => c))];
  if (!countries.length && country && /\b(national|territoire|territory)\b/.test(folded)) countries.push(country);
  const regions = [...new Set([...plain(text).matchAll(/\b[Rr][ée]gion\s+(?:des?\s+|du\s+|de la\s+|d')?((?:[A-ZÀ-Ý][\p{L}'-]+)(?:[ -](?:de la|de|du|des|et|[A-ZÀ-Ý][\p{L}'-]+))*)/gu)].map((m) => m[1].replace(/\s+(de la|de|du|des|et)$/, '')))];
  const as_written = quote(text);
  report.found('constituency.as_written', as_written);
  report.inferred('constituency.tags', tags.join(', ') || '(none)', 'keywords of section 3.2');
  report.inferred('constituency.customers_only', String(customers_only), customers_only ? 'the section names customers and no open category' : 'the section names open categories or no customers');
  if (countries.length) report.inferred('constituency.countries', countries.join(', '), 'country named in section 3.2');
  if (regions.length) report.found('constituency.regions', regions.join(', '));
  return { tags, customers_only, countries, regions, ...networkOf(text, report), as_written };
}

export type Membership = { organisation: string; status: MembershipStatus; as_written: string };

const KNOWN = /(InterCERT[- ]?(?:France|FR)?|FIRST|TF-CSIRT|Trusted Introducer|CSIRTs? Network|CERT-FR|PASSI|PRIS|PDIS|Campus Cyber[\p{L} -]*|CIRCL)/u;

function statusOf(folded: string): Membership['status'] | undefined {
  if (/(demarche|en cours|candidat|process of|applying|application|bewerb|solicitud|depot de dossier)/.test(folded)) return 'candidate';
  if (/(accredit|akkreditiert|acreditad)/.test(folded)) return 'accredited';
  if (/(certifi|zertifiziert)/.test(folded)) return 'certified';
  if (/(qualifi)/.test(folded)) return 'qualified';
  if (/(member|membre|mitglied|miembro|adherent)/.test(folded)) return 'member';
  if (/\b(is listed|are listed|repertorie|gelistet)\b|reference (par|by|aupres)/.test(folded)) return 'listed';
  if (/(particip|cooperation avec|cooperates with|collabor)/.test(folded)) return 'participant';
  return undefined;
}

export function extractMemberships(outline: Outline, report: Report): Membership[] {
  const out: Membership[] = [];
  const keys = ['mission', 'sponsorship', 'authority', 'incident-types', 'cooperation'] as const;
  for (const key of keys) {
    for (const sentence of sentences(plain(keyText(outline, key)))) {
      const folded = fold(sentence);
      const status = statusOf(folded);
      if (!status) continue;
      const generic = /\b(?:is an? |est )?(?:member|membre|mitglied|miembro) (?:of|de|du|der|des|del)\s+(?:the |la |l'|le |den |el )?([A-Z][\p{L}\d&' -]+?)(?=[.,;()]|$)/u.exec(sentence);
      const known = KNOWN.exec(sentence);
      const organisation = (status === 'member' && generic ? generic[1] : known?.[1])?.trim();
      if (!organisation || out.some((m) => fold(m.organisation) === fold(organisation))) continue;
      out.push({ organisation, status, as_written: squash(sentence) });
      report.inferred('memberships', `${organisation} (${status})`, `"${squash(sentence)}"`);
    }
  }
  return out;
}
