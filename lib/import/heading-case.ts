/**
 * Headings printed in capitals ("DECHARGE DE RESPONSABILITE") read as
 * shouting on a page: they become sentence case ("Décharge de
 * responsabilité"), keeping acronyms and the team's own capitalised names,
 * and putting back the accents French typography drops on capitals for the
 * usual RFC 2350 heading words. Mixed-case headings are left as written.
 */

const ACRONYMS = new Set(['CSIRT', 'CERT', 'PGP', 'GPG', 'RFC', 'TLP', 'SOC', 'CTI', 'PSIRT', 'ISAC', 'FIRST', 'ANSSI', 'CNIL', 'IT', 'SI', 'SSI', 'PASSI', 'PRIS', 'DFIR', 'FAQ', 'URL', 'OIV', 'OSE', 'ID', 'UID', 'CEST', 'CET', 'UTC', 'GMT']);

/** Accents of common French heading words, as printed without them on capitals. */
const FRENCH: Record<string, string> = {
  a: 'à', apropos: 'à propos', authenticite: 'authenticité', autorite: 'autorité', activites: 'activités', cle: 'clé', cles: 'clés',
  cooperation: 'coopération', confidentialite: 'confidentialité', decharge: 'décharge', declaration: 'déclaration', echanges: 'échanges',
  electronique: 'électronique', entite: 'entité', entites: 'entités', equipe: 'équipe', numero: 'numéro', numeros: 'numéros',
  reponse: 'réponse', responsabilite: 'responsabilité', securite: 'sécurité', strategie: 'stratégie', telephone: 'téléphone',
  telephones: 'téléphones', beneficiaires: 'bénéficiaires', proactives: 'proactives', resolution: 'résolution', reseau: 'réseau',
  derniere: 'dernière', mise: 'mise', regional: 'régional', region: 'région', modele: 'modèle', privee: 'privée', publiee: 'publiée',
  generales: 'générales', generale: 'générale', general: 'général', perimetre: 'périmètre', prerequis: 'prérequis', gestion: 'gestion',
  coordonnees: 'coordonnées', donnees: 'données', identite: 'identité', integrite: 'intégrité', disponibilite: 'disponibilité',
};

function isCapitals(title: string): boolean {
  const letters = title.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** `keep`: words to keep in capitals (the team's names, e.g. "CERT-METSYS", "APIXIT"). */
export function headingCase(title: string, lang: string | undefined, keep: Set<string>): string {
  if (!isCapitals(title)) return title;
  const words = title.split(/(\s+)/);
  let first = true;
  return words
    .map((word) => {
      if (/^\s+$/.test(word) || !/\p{L}/u.test(word)) return word;
      const bare = word.replace(/[^\p{L}'’-]/gu, '');
      let out: string;
      if (ACRONYMS.has(bare) || keep.has(bare) || /\d/.test(word)) out = word;
      else {
        out = word.toLowerCase();
        if (lang === 'fr') {
          out = out.replace(/(^|-)(l'|d'|qu')?([\p{L}]+)/gu, (_m, dash: string, prefix: string | undefined, w: string) => dash + (prefix ?? '') + (FRENCH[w] ?? w));
        }
      }
      if (first) out = out.replace(/\p{L}/u, (c) => c.toUpperCase());
      first = false;
      return out;
    })
    .join('');
}

/** Capitalised words of the team's names: they stay as printed in headings. */
export function namesToKeep(...names: (string | undefined)[]): Set<string> {
  const keep = new Set<string>();
  for (const name of names) for (const w of (name ?? '').split(/[\s]+/)) if (isCapitals(w)) keep.add(w.replace(/[^\p{L}'’-]/gu, ''));
  return keep;
}
