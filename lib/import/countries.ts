/**
 * Country names (English and local forms, folded: lowercase, no accents) and
 * the country a domain's ccTLD gives. Used to find the seat's country in an
 * address, and as the last resort for a document that names no country.
 */
export const COUNTRY_NAMES: [RegExp, string][] = [
  [/\bfrance\b/, 'FR'], [/\b(germany|deutschland|allemagne|jerman)\b/, 'DE'], [/\b(spain|espana|espagne|spanyol)\b/, 'ES'],
  [/\b(belgium|belgique|belgie|belgien)\b/, 'BE'], [/\b(luxembourg|luxemburg)\b/, 'LU'], [/\b(switzerland|suisse|schweiz|svizzera)\b/, 'CH'],
  [/\b(austria|osterreich|autriche)\b/, 'AT'], [/\b(netherlands|nederland|pays-bas|the netherlands)\b/, 'NL'], [/\b(italy|italia|italie)\b/, 'IT'],
  [/\b(portugal)\b/, 'PT'], [/\b(united kingdom|royaume-uni|great britain|england|scotland|wales)\b/, 'GB'], [/\b(ireland|eire|irlande)\b/, 'IE'],
  [/\b(canada)\b/, 'CA'], [/\b(monaco)\b/, 'MC'], [/\b(united states|usa|u\.s\.a\.|etats-unis|vereinigte staaten)\b/, 'US'],
  [/\b(indonesia|indonesie)\b/, 'ID'], [/\b(south africa|suid-afrika|afrique du sud)\b/, 'ZA'], [/\b(brazil|brasil|bresil)\b/, 'BR'],
  [/\b(argentina|argentine)\b/, 'AR'], [/\b(chile|chili)\b/, 'CL'], [/\b(colombia|colombie)\b/, 'CO'], [/\b(mexico|mexique)\b/, 'MX'],
  [/\b(peru|perou)\b/, 'PE'], [/\b(uruguay)\b/, 'UY'], [/\b(poland|polska|pologne)\b/, 'PL'], [/\b(czech republic|czechia|cesko)\b/, 'CZ'],
  [/\b(slovakia|slovensko)\b/, 'SK'], [/\b(hungary|magyarorszag)\b/, 'HU'], [/\b(romania|roumanie)\b/, 'RO'], [/\b(bulgaria)\b/, 'BG'],
  [/\b(greece|hellas|grece)\b/, 'GR'], [/\b(denmark|danmark)\b/, 'DK'], [/\b(sweden|sverige|suede)\b/, 'SE'], [/\b(norway|norge|norvege)\b/, 'NO'],
  [/\b(finland|suomi|finlande)\b/, 'FI'], [/\b(estonia|eesti)\b/, 'EE'], [/\b(latvia|latvija)\b/, 'LV'], [/\b(lithuania|lietuva)\b/, 'LT'],
  [/\b(slovenia|slovenija)\b/, 'SI'], [/\b(croatia|hrvatska)\b/, 'HR'], [/\b(serbia|srbija)\b/, 'RS'], [/\b(turkey|turkiye)\b/, 'TR'],
  [/\b(japan|nippon|japon)\b/, 'JP'], [/\b(south korea|republic of korea)\b/, 'KR'], [/\b(singapore|singapura)\b/, 'SG'],
  [/\b(malaysia)\b/, 'MY'], [/\b(philippines|pilipinas)\b/, 'PH'], [/\b(thailand)\b/, 'TH'], [/\b(viet ?nam)\b/, 'VN'], [/\b(india)\b/, 'IN'],
  [/\b(australia)\b/, 'AU'], [/\b(new zealand|aotearoa)\b/, 'NZ'], [/\b(israel)\b/, 'IL'], [/\b(united arab emirates|uae)\b/, 'AE'],
  [/\b(saudi arabia)\b/, 'SA'], [/\b(qatar)\b/, 'QA'], [/\b(egypt|egypte)\b/, 'EG'], [/\b(morocco|maroc)\b/, 'MA'], [/\b(tunisia|tunisie)\b/, 'TN'],
  [/\b(algeria|algerie)\b/, 'DZ'], [/\b(senegal)\b/, 'SN'], [/\b(cote d'ivoire|ivory coast)\b/, 'CI'], [/\b(kenya)\b/, 'KE'], [/\b(nigeria)\b/, 'NG'],
  [/\b(ecuador|equateur)\b/, 'EC'], [/\b(bolivia|bolivie)\b/, 'BO'], [/\b(venezuela)\b/, 'VE'], [/\b(paraguay)\b/, 'PY'],
  [/\b(costa rica)\b/, 'CR'], [/\b(panama)\b/, 'PA'], [/\b(guatemala)\b/, 'GT'], [/\b(dominican republic|republica dominicana)\b/, 'DO'],
  [/\b(benin)\b/, 'BJ'], [/\b(togo)\b/, 'TG'], [/\b(burkina faso)\b/, 'BF'], [/\b(cameroon|cameroun)\b/, 'CM'], [/\b(gabon)\b/, 'GA'],
  [/\b(madagascar)\b/, 'MG'], [/\b(rwanda)\b/, 'RW'], [/\b(uganda|ouganda)\b/, 'UG'], [/\b(tanzania|tanzanie)\b/, 'TZ'],
  [/\b(ethiopia|ethiopie)\b/, 'ET'], [/\b(zambia|zambie)\b/, 'ZM'], [/\b(mauritius|ile maurice)\b/, 'MU'],
  [/\b(ghana)\b/, 'GH'], [/\b(kazakhstan)\b/, 'KZ'], [/\b(uzbekistan)\b/, 'UZ'], [/\b(ukraine|ukraina)\b/, 'UA'], [/\b(iceland|island)\b/, 'IS'],
];

/** ccTLDs sold as generic names (.io, .co, .me …): a domain under them says nothing about a country. */
const GENERIC_CCTLDS = new Set(['io', 'co', 'me', 'tv', 'ai', 'cc', 'ws', 'fm', 'gg', 'ly', 'to', 'eu', 'su', 'sh', 'ac', 'am', 'im', 'la', 'nu', 'tk', 'vc', 'xyz']);

/** The country a domain's top-level label names, or undefined for generic and non-country TLDs. */
export function countryOfDomain(domain: string): string | undefined {
  const tld = domain.toLowerCase().split('.').pop() ?? '';
  if (!/^[a-z]{2}$/.test(tld) || GENERIC_CCTLDS.has(tld)) return undefined;
  return tld === 'uk' ? 'GB' : tld.toUpperCase();
}
