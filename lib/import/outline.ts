/**
 * The RFC 2350 outline (sections 1–7 and their subsections) with the words
 * teams use for each heading in English, French, German and Spanish (and, in
 * outline-words.ts, Indonesian, Portuguese, Italian and Dutch). The
 * section finder uses it to recognise headings whatever their numbering, and
 * the extractors use the keys to know where a fact should be.
 */
import { MORE_HEADING_WORDS, type OutlineKey } from './outline-words';
import { fold } from './text';

export type { OutlineKey };

export type OutlineEntry = {
  key: OutlineKey;
  /** RFC 2350 number, or null for headings teams add (opening hours). */
  number: string | null;
  /** Parent number: the section these words are looked for under. */
  parent: string | null;
  pattern: RegExp;
};

// Patterns run on fold(title): lowercase, no accents. Order matters inside a parent: first match wins.
const BASE_OUTLINE: OutlineEntry[] = [
  { key: 'document', number: '1', parent: null, pattern: /\b(document information|about (this|the) document|informations? (sur|about|on|concernant) (le |the |ce )?document|a propos (du|de ce) document|^informations?$|dokument ?information|informationen (zum|uber das|zu diesem) dokument|uber dieses dokument|informacion (sobre el|del|acerca del) documento|acerca de(l| este) documento|sobre este documento)/ },
  { key: 'last-update', number: '1.1', parent: '1', pattern: /(last update|date of last|mise a jour|derniere modification|version (du|of the|de ce|of this) document|^version|letzten? (aktualisierung|anderung)|ultima (actualizacion|modificacion)|fecha de (la )?ultima)/ },
  { key: 'distribution', number: '1.2', parent: '1', pattern: /(distribution|diffusion|mailing list|notification|verteiler|benachrichtigung|lista de (distribucion|correo)|notificaciones)/ },
  { key: 'locations', number: '1.3', parent: '1', pattern: /(where .*(found|obtain)|locations?|lieu|ou trouver|emplacement|ou .*(trouve|consulte)|fundort|wo .*finden|ubicacion|donde .*(encontrar|obtener)|publication)/ },
  { key: 'authenticity', number: '1.4', parent: '1', pattern: /(authenti|integri|echtheit|autenticidad|firma)/ },
  { key: 'identification', number: '1.5', parent: '1', pattern: /(identification|identifikation|identificacion)/ },

  { key: 'contact', number: '2', parent: null, pattern: /^(contact information|informations? de contact|contacts?$|informations$|coordonnees|kontakt ?(informationen|daten|angaben)?$|informacion de contacto|datos de contacto)/ },
  { key: 'name', number: '2.1', parent: '2', pattern: /(team name|^nom$|^name$|^nom (de l'equipe|de l'entite|du csirt|de l'equipe)|^name (des|der) teams?|^teamname|^nombre)/ },
  { key: 'fax', number: '2.5', parent: '2', pattern: /(fax|telecopie)/ },
  { key: 'email', number: '2.7', parent: '2', pattern: /(e-?mail|courriel|courrier electronique|adresse electronique|correo electronico|electronic mail)/ },
  { key: 'address', number: '2.2', parent: '2', pattern: /^(postal )?(address|adresse|anschrift|postanschrift|direccion)( postale)?$/ },
  { key: 'timezone', number: '2.3', parent: '2', pattern: /(time ?zone|fuseau|zone horaire|zone de temps|zeitzone|zona horaria|huso horario)/ },
  { key: 'phone', number: '2.4', parent: '2', pattern: /(telephone|phone|telefon|telefono|numero de tel)/ },
  { key: 'other-telecom', number: '2.6', parent: '2', pattern: /(other telecommunication|other (means|channels?|communication)|autres? (moyens?|canal|canaux)|autre moyen|andere (kommunikation|telekommunikation|kommunikationswege)|sonstige kommunikation|otros medios|otras telecomunicaciones)/ },
  { key: 'keys', number: '2.8', parent: '2', pattern: /(public key|cles? publiques?|chiffrement|encryption|schlussel|verschlusselung|claves? publicas?|cifrado|pgp)/ },
  { key: 'members', number: '2.9', parent: '2', pattern: /(team members|membres|composition|mitglieder|miembros|integrantes)/ },
  { key: 'other-info', number: '2.10', parent: '2', pattern: /(other information|autres informations|weitere informationen|sonstige informationen|otra informacion|otras informaciones|informacion adicional)/ },
  { key: 'hours', number: null, parent: '2', pattern: /(horaires?|opening hours|business hours|operating hours|heures d'ouverture|offnungszeiten|geschaftszeiten|erreichbarkeit|horario)/ },
  { key: 'points-of-contact', number: '2.11', parent: '2', pattern: /(points? of (customer )?contact|points? de contact|contact|ansprechpartner|kundenkontakt|kontaktaufnahme|puntos? de contacto|contacto)/ },

  { key: 'charter', number: '3', parent: null, pattern: /^(charter|charte|charta|carta|estatutos?|mandat)\b/ },
  { key: 'mission', number: '3.1', parent: '3', pattern: /(mission|auftrag|leitbild|aufgabe|mision|cometido)/ },
  { key: 'constituency', number: '3.2', parent: '3', pattern: /(constituency|beneficiaires|circonscription|constituants|beneficiant|beneficiaries|zielgruppe|zustandigkeitsbereich|comunidad|destinatarios|publico objetivo|perimetre|communaute)/ },
  { key: 'sponsorship', number: '3.3', parent: '3', pattern: /(sponsor|affiliation|parrainage|support et|relations|tragerschaft|zugehorigkeit|patrocinio|afiliacion|rattachement)/ },
  { key: 'authority', number: '3.4', parent: '3', pattern: /(authority|autorite|autoritat|befugnis|befugnisse|autoridad)/ },

  { key: 'policies', number: '4', parent: null, pattern: /^(policies|policy|politiques?|strategie|richtlinien|politicas?)\b/ },
  { key: 'incident-types', number: '4.1', parent: '4', pattern: /(types? (of|d'|de) incidents?|incident types|arten von|vorfallarten|tipos de incidentes|level of support|niveau)/ },
  { key: 'cooperation', number: '4.2', parent: '4', pattern: /(co-?operation|peration|zusammenarbeit|cooperacion|divulgation|disclosure)/ },
  { key: 'communication', number: '4.3', parent: '4', pattern: /(communication|kommunikation|comunicacion|authenti)/ },

  { key: 'services', number: '5', parent: null, pattern: /^(services|dienste|dienstleistungen|leistungen|servicios)\b/ },
  { key: 'incident-response', number: '5.1', parent: '5', pattern: /(incident (response|management|handling)|reponse (aux?|a l'|a) ?incidents?|gestion des incidents|vorfallbehandlung|reaktion auf|respuesta a incidentes|gestion de incidentes)/ },
  { key: 'proactive', number: '5.2', parent: '5', pattern: /(proacti|proaktiv)/ },
  { key: 'triage', number: '5.1.1', parent: '5.1', pattern: /(triage|sichtung|clasificacion|qualification)/ },
  { key: 'coordination', number: '5.1.2', parent: '5.1', pattern: /(coordination|koordination|coordinacion)/ },
  { key: 'resolution', number: '5.1.3', parent: '5.1', pattern: /(resolution|behebung|losung|resolucion|handling)/ },

  { key: 'forms', number: '6', parent: null, pattern: /(forms?\b|formulaires?|ormolaire|formular(e|es|ios?)?\b)/ },
  { key: 'disclaimer', number: '7', parent: null, pattern: /(disclaimer|decharge|avertissements?|non-?responsabilite|haftungsausschluss|exencion|descargo|limitation de responsabilite|clause de non)/ },
];

export const OUTLINE: OutlineEntry[] = BASE_OUTLINE.map((e) => {
  const more = MORE_HEADING_WORDS[e.key];
  return more ? { ...e, pattern: new RegExp(`${e.pattern.source}|${more}`) } : e;
});

/** Words that open a table of contents. */
export const TOC_TITLE = /^(table (des matieres|of contents)|sommaire|contents|inhalt(sverzeichnis)?|indice|tabla de contenidos?|contenido|daftar isi|indice|inhoud(sopgave)?|sumario)$/;

/** Leading articles and a trailing "du CSIRT" do not change what a heading is about. */
export function headingKey(title: string): string {
  return fold(title)
    .replace(/^(les?|la|l'|the|die|der|das|el|los|las)\s*/, '')
    .replace(/\s+(du|of the|de la|des|del|de)\s+(csirt|cert|equipe|team)$/, '')
    .replace(/[.:;,]+$/, '')
    .trim();
}

/** The outline entry a heading's words name, looking only under `parent` (null: top-level sections). */
export function matchTitle(title: string, parent: string | null): OutlineEntry | undefined {
  const key = headingKey(title);
  return OUTLINE.find((e) => e.parent === parent && e.pattern.test(key));
}

export function entryByNumber(number: string): OutlineEntry | undefined {
  return OUTLINE.find((e) => e.number === number);
}

export function entryByKey(key: OutlineKey): OutlineEntry {
  return OUTLINE.find((e) => e.key === key)!;
}
