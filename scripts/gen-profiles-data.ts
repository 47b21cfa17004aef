/** Word lists for scripts/gen-profiles.ts: places, name parts and RFC 2350 phrases (synthetic, no real team). */
import { frRegionName } from '../lib/geo/fr-regions';

export type Place = { region: string; cities: string[]; tz: string };
export type Country = { code: string; tld: string; lang: string; dial: string; places: Place[] };

const p = (region: string, cities: string[], tz: string): Place => ({ region, cities, tz });
/** A French region's name from the one table, so generated profiles spell regions as the help flow and the importer do. */
const fr = frRegionName;

export const COUNTRIES: Country[] = [
  { code: 'FR', tld: 'fr', lang: 'fr', dial: '33', places: [
    p(fr('ile-de-france'), ['Paris', 'Saint-Denis', 'Créteil', 'Versailles'], 'Europe/Paris'),
    p(fr('bretagne'), ['Rennes', 'Brest', 'Saint-Malo', 'Lorient'], 'Europe/Paris'),
    p(fr('auvergne-rhone-alpes'), ['Lyon', 'Grenoble', 'Clermont-Ferrand', 'Annecy'], 'Europe/Paris'),
    p(fr('provence-alpes-cote-d-azur'), ['Marseille', 'Nice', 'Aix-en-Provence', 'Toulon'], 'Europe/Paris'),
    p(fr('occitanie'), ['Toulouse', 'Montpellier', 'Nîmes', 'Perpignan'], 'Europe/Paris'),
    p(fr('pays-de-la-loire'), ['Nantes', 'Angers', 'Le Mans'], 'Europe/Paris'),
    p(fr('hauts-de-france'), ['Lille', 'Amiens', 'Valenciennes'], 'Europe/Paris'),
    p(fr('nouvelle-aquitaine'), ['Bordeaux', 'Poitiers', 'Limoges', 'Pessac'], 'Europe/Paris'),
    p(fr('grand-est'), ['Strasbourg', 'Metz', 'Nancy', 'Reims'], 'Europe/Paris'),
    p(fr('bourgogne-franche-comte'), ['Dijon', 'Besançon'], 'Europe/Paris'),
    p(fr('normandie'), ['Rouen', 'Caen', 'Le Havre'], 'Europe/Paris'),
    p(fr('centre-val-de-loire'), ['Orléans', 'Tours'], 'Europe/Paris'),
    p(fr('corse'), ['Ajaccio', 'Bastia'], 'Europe/Paris'),
    p(fr('la-reunion'), ['Saint-Denis', 'Sainte-Clotilde', 'Saint-Pierre'], 'Indian/Reunion'),
    p(fr('guadeloupe'), ['Pointe-à-Pitre', 'Basse-Terre'], 'America/Guadeloupe'),
    p(fr('martinique'), ['Fort-de-France'], 'America/Martinique'),
  ] },
  { code: 'BE', tld: 'be', lang: 'fr', dial: '32', places: [p('Wallonie', ['Liège', 'Namur', 'Charleroi'], 'Europe/Brussels'), p('Bruxelles-Capitale', ['Bruxelles'], 'Europe/Brussels'), p('Vlaanderen', ['Gent', 'Antwerpen', 'Leuven'], 'Europe/Brussels')] },
  { code: 'CH', tld: 'ch', lang: 'fr', dial: '41', places: [p('Genève', ['Genève', 'Carouge'], 'Europe/Zurich'), p('Vaud', ['Lausanne', 'Montreux'], 'Europe/Zurich'), p('Zürich', ['Zürich', 'Winterthur'], 'Europe/Zurich')] },
  { code: 'LU', tld: 'lu', lang: 'fr', dial: '352', places: [p('Luxembourg', ['Luxembourg', 'Esch-sur-Alzette'], 'Europe/Luxembourg')] },
  { code: 'CA', tld: 'ca', lang: 'fr', dial: '1', places: [p('Québec', ['Montréal', 'Québec', 'Trois-Rivières'], 'America/Toronto'), p('Ontario', ['Toronto', 'Ottawa'], 'America/Toronto')] },
  { code: 'SN', tld: 'sn', lang: 'fr', dial: '221', places: [p('Dakar', ['Dakar', 'Pikine'], 'Africa/Dakar')] },
  { code: 'MA', tld: 'ma', lang: 'fr', dial: '212', places: [p('Casablanca-Settat', ['Casablanca'], 'Africa/Casablanca'), p('Rabat-Salé-Kénitra', ['Rabat', 'Salé'], 'Africa/Casablanca')] },
  { code: 'DE', tld: 'de', lang: 'de', dial: '49', places: [p('Bayern', ['München', 'Nürnberg', 'Würzburg'], 'Europe/Berlin'), p('Baden-Württemberg', ['Stuttgart', 'Tübingen', 'Karlsruhe'], 'Europe/Berlin'), p('Nordrhein-Westfalen', ['Köln', 'Düsseldorf', 'Münster'], 'Europe/Berlin'), p('Berlin', ['Berlin'], 'Europe/Berlin'), p('Hessen', ['Frankfurt am Main', 'Gießen'], 'Europe/Berlin')] },
  { code: 'AT', tld: 'at', lang: 'de', dial: '43', places: [p('Wien', ['Wien'], 'Europe/Vienna'), p('Tirol', ['Innsbruck'], 'Europe/Vienna'), p('Steiermark', ['Graz'], 'Europe/Vienna')] },
  { code: 'ES', tld: 'es', lang: 'es', dial: '34', places: [p('Cataluña', ['Barcelona', 'Girona', 'Lleida'], 'Europe/Madrid'), p('Comunidad de Madrid', ['Madrid', 'Alcalá de Henares'], 'Europe/Madrid'), p('Andalucía', ['Sevilla', 'Málaga', 'Córdoba'], 'Europe/Madrid'), p('Castilla y León', ['León', 'Valladolid', 'Salamanca'], 'Europe/Madrid'), p('Canarias', ['Las Palmas de Gran Canaria'], 'Atlantic/Canary')] },
  { code: 'PT', tld: 'pt', lang: 'pt', dial: '351', places: [p('Lisboa', ['Lisboa', 'Sintra'], 'Europe/Lisbon'), p('Norte', ['Porto', 'Braga', 'Guimarães'], 'Europe/Lisbon'), p('Açores', ['Ponta Delgada'], 'Atlantic/Azores')] },
  { code: 'IT', tld: 'it', lang: 'it', dial: '39', places: [p('Lombardia', ['Milano', 'Bergamo'], 'Europe/Rome'), p('Lazio', ['Roma'], 'Europe/Rome'), p('Emilia-Romagna', ['Bologna', 'Forlì'], 'Europe/Rome')] },
  { code: 'NO', tld: 'no', lang: 'no', dial: '47', places: [p('Oslo', ['Oslo'], 'Europe/Oslo'), p('Trøndelag', ['Trondheim'], 'Europe/Oslo'), p('Vestland', ['Bergen'], 'Europe/Oslo')] },
  { code: 'DK', tld: 'dk', lang: 'da', dial: '45', places: [p('Hovedstaden', ['København', 'Hillerød'], 'Europe/Copenhagen'), p('Midtjylland', ['Aarhus'], 'Europe/Copenhagen')] },
  { code: 'SE', tld: 'se', lang: 'sv', dial: '46', places: [p('Skåne', ['Malmö', 'Lund'], 'Europe/Stockholm'), p('Stockholm', ['Stockholm'], 'Europe/Stockholm'), p('Västra Götaland', ['Göteborg'], 'Europe/Stockholm')] },
  { code: 'FI', tld: 'fi', lang: 'fi', dial: '358', places: [p('Uusimaa', ['Helsinki', 'Espoo'], 'Europe/Helsinki'), p('Pirkanmaa', ['Tampere'], 'Europe/Helsinki')] },
  { code: 'IS', tld: 'is', lang: 'is', dial: '354', places: [p('Höfuðborgarsvæðið', ['Reykjavík', 'Kópavogur'], 'Atlantic/Reykjavik')] },
  { code: 'PL', tld: 'pl', lang: 'pl', dial: '48', places: [p('Mazowieckie', ['Warszawa'], 'Europe/Warsaw'), p('Łódzkie', ['Łódź'], 'Europe/Warsaw'), p('Małopolskie', ['Kraków'], 'Europe/Warsaw')] },
  { code: 'CZ', tld: 'cz', lang: 'cs', dial: '420', places: [p('Praha', ['Praha'], 'Europe/Prague'), p('Jihomoravský kraj', ['Brno'], 'Europe/Prague')] },
  { code: 'TR', tld: 'tr', lang: 'tr', dial: '90', places: [p('İstanbul', ['İstanbul'], 'Europe/Istanbul'), p('İzmir', ['İzmir'], 'Europe/Istanbul')] },
  { code: 'GB', tld: 'uk', lang: 'en', dial: '44', places: [p('England', ['London', 'Manchester', 'Bristol'], 'Europe/London'), p('Scotland', ['Edinburgh', 'Glasgow'], 'Europe/London'), p('Wales', ['Cardiff'], 'Europe/London')] },
  { code: 'IE', tld: 'ie', lang: 'en', dial: '353', places: [p('Leinster', ['Dublin'], 'Europe/Dublin'), p('Munster', ['Cork'], 'Europe/Dublin')] },
  { code: 'US', tld: 'us', lang: 'en', dial: '1', places: [p('California', ['San José', 'San Francisco'], 'America/Los_Angeles'), p('New York', ['New York'], 'America/New_York'), p('Texas', ['Austin'], 'America/Chicago')] },
  { code: 'BR', tld: 'br', lang: 'pt', dial: '55', places: [p('São Paulo', ['São Paulo', 'Campinas'], 'America/Sao_Paulo'), p('Paraná', ['Curitiba'], 'America/Sao_Paulo')] },
  { code: 'JP', tld: 'jp', lang: 'ja', dial: '81', places: [p('Tōkyō', ['Tokyo'], 'Asia/Tokyo'), p('Ōsaka', ['Osaka'], 'Asia/Tokyo')] },
];

/** Syllables for invented organisation names, with accents and special letters on purpose. */
export const SYLLABLES = ['al', 'bé', 'cor', 'dü', 'ên', 'fa', 'gø', 'hâ', 'io', 'ñe', 'ri', 'sø', 'ta', 've', 'xo', 'za', 'ber', 'ström', 'ski', 'ßen', 'lo', 'mar', 'nor', 'da', 'tec', 'vik', 'ka', 'lé', 'mô', 'qu', 'rè', 'sa', 'ti', 'ux', 'wa', 'yo', 'è', 'ôr', 'ïa', 'ça'];

export const PREFIXES: Record<string, string[]> = {
  national: ['CERT national', 'CSIRT', 'National CERT of', 'Centre national CSIRT'],
  regional: ['CSIRT régional', 'Regional CSIRT', 'Cyber Assistance', 'CSIRT'],
  sectoral: ['CERT Santé', 'Health CERT', 'CSIRT Énergie', 'Finance CERT', 'CERT Transport', 'CSIRT Éducation'],
  government: ['CERT ministériel', 'Government CERT', 'CSIRT Administration'],
  commercial: ['CSIRT', 'CERT', 'SOC & CSIRT', 'Incident Response Team'],
  internal: ['CERT', 'CSIRT groupe', 'Internal CSIRT', 'Équipe sécurité'],
  academic: ['CERT Université', 'University CSIRT', 'CSIRT Recherche', 'Campus CERT'],
  psirt: ['PSIRT', 'Product Security Team', 'PSIRT produits'],
};

export const ORG_SUFFIXES = ['', '', '', ' Cyberdéfense', ' Sécurité', ' Group', ' Systems', ' Conseil', ' Numérique', ' Services', ' Technologies', ' GmbH', ' S.A.', ' Cœur', ' Nord', ' Sud'];

export const MEMBERSHIPS = [
  { organisation: 'FIRST', statuses: ['member', 'candidate'] },
  { organisation: 'TF-CSIRT', statuses: ['listed', 'accredited', 'certified'] },
  { organisation: 'InterCERT France', statuses: ['member', 'candidate'] },
  { organisation: 'CSIRTs Network', statuses: ['member', 'participant'] },
  { organisation: 'Campus Cyber', statuses: ['member'] },
  { organisation: 'PRIS (ANSSI)', statuses: ['qualified'] },
  { organisation: 'Deutscher CERT-Verbund', statuses: ['member'] },
  { organisation: 'Réseau des CSIRT régionaux', statuses: ['member', 'participant'] },
] as const;

export const SERVICES = {
  fr: ['Gestion de crise et coordination de la réponse', 'Analyse forensique des systèmes compromis', 'Veille et bulletins d’alerte de sécurité', 'Gestion des vulnérabilités et avis de sécurité', 'Renseignement sur la menace (CTI)', 'Détection des intrusions et supervision', 'Tests d’intrusion et audits de sécurité', 'Sensibilisation et formation des équipes', 'Analyse de logiciels malveillants', 'Exercices de crise cyber', 'Accompagnement à la remédiation', 'Triage et qualification des incidents'],
  en: ['Crisis management and response coordination', 'Forensic analysis of compromised systems', 'Security watch and alert bulletins', 'Vulnerability handling and advisories', 'Cyber threat intelligence (CTI)', 'Intrusion detection and monitoring', 'Penetration testing and security audits', 'Awareness raising and training', 'Malware analysis', 'Cyber crisis exercises', 'Remediation support', 'Incident triage and qualification'],
};

export const CHECKLIST = {
  fr: ['Nom et coordonnées du déclarant', 'Date et heure de détection de l’incident', 'Description de l’incident et de son impact', 'Systèmes et services touchés', 'Actions déjà menées', 'Indicateurs de compromission connus'],
  en: ['Name and contact details of the reporter', 'Date and time the incident was detected', 'Description of the incident and its impact', 'Affected systems and services', 'Actions already taken', 'Known indicators of compromise'],
};

export const LANG_CODES = ['fr', 'en', 'de', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'no', 'da', 'fi', 'cs', 'tr', 'ja', 'is', 'ar'];
