/**
 * Heading words of the RFC 2350 outline in Indonesian, Portuguese, Italian
 * and Dutch, added to the English, French, German and Spanish words of
 * outline.ts. Each value is a regular-expression alternation run on
 * fold(title): lowercase, no accents.
 */

/** The RFC 2350 sections the importer recognises (lib/import/outline.ts maps titles to them). */
export type OutlineKey =
  | 'document' | 'last-update' | 'distribution' | 'locations' | 'authenticity' | 'identification'
  | 'contact' | 'name' | 'address' | 'timezone' | 'phone' | 'fax' | 'other-telecom' | 'email' | 'keys' | 'members' | 'other-info' | 'points-of-contact' | 'hours'
  | 'charter' | 'mission' | 'constituency' | 'sponsorship' | 'authority'
  | 'policies' | 'incident-types' | 'cooperation' | 'communication'
  | 'services' | 'incident-response' | 'triage' | 'coordination' | 'resolution' | 'proactive'
  | 'forms' | 'disclaimer';

export const MORE_HEADING_WORDS: Partial<Record<OutlineKey, string>> = {
  document: 'informasi (mengenai|tentang) dokumen|^informasi dokumen|informac(ao|oes) (sobre o|do|acerca do) documento|informazioni (sul|relative al) documento|documentinformatie|informatie over (dit|het) document',
  'last-update': '^versione$|update terakhir|pembaha?ruan terakhir|ultima atualizacao|data da ultima|ultimo aggiornamento|laatste (wijziging|update|bijwerking)',
  distribution: 'distribu|pemberitahuan|lista di distribuzione|distributielijst',
  locations: 'disponibilita|lokasi|locais|onde (este|o) documento|dove (reperire|trovare)|reperibilita|locatie|waar (dit|het) document',
  authenticity: 'keaslian|autentic|echtheid',
  identification: 'identifi',
  contact: 'informasi (data ?\\/? ?)?kontak|informasi data dan kontak|^data (dan|&) kontak|informac(ao|oes) de conta(c)?to|informazioni di contatto|^contatti$|contactinformatie|contactgegevens',
  name: '^nama\\b|^nome\\b|^naam\\b|teamnaam',
  fax: 'faks|facsimil',
  email: 'surat elektronik|correio ele(c)?tronico|posta elettronica',
  address: '^alamat( kantor)?$|^(endereco|morada)( postal)?$|^indirizzo( postale)?$|^(post)?adres$',
  timezone: 'zona waktu|fuso horario|fuso orario|tijdzone',
  phone: 'telepon|telefoon|telefone',
  'other-telecom': 'telekomunikasi lain|outr(as|os) (telecomunicac|meios)|altr(e|i) (telecomunicazioni|mezzi)|andere telecommunicatie|overige communicatie',
  keys: 'kunci publik|chaves? publicas?|criptografia|chiavi pubbliche|cifratura|crittografia|publieke sleutels?|versleuteling|encryptie',
  members: 'anggota|membros|membri|componenti|teamleden',
  'other-info': 'informasi ?\\/? ?(data )?lain|outras informacoes|altre informazioni|overige informatie|andere informatie',
  'points-of-contact': 'catatan.*kontak|kontak|pontos? de conta(c)?to|punti di contatto',
  charter: '^mengenai\\b|^tentang\\b|^estatuto|^statuto|^handvest',
  mission: '\\bmisi\\b|\\bvisi\\b|missao|missie',
  constituency: 'konstituen|comunidade|publico-alvo|constituinte|utenza|bacino|doelgroep|achterban',
  sponsorship: 'afilia|affilia',
  authority: 'otoritas|kewenangan|autorita|bevoegdhe|autoriteit',
  policies: '^kebijakan|^politiche|^beleid',
  'incident-types': 'jenis.*insiden|tipi di incidenti|soorten incidenten',
  cooperation: 'kerja ?sama|coopera|samenwerking',
  communication: 'komunikasi|comunica|communicatie',
  services: '^layanan|^servicos|^servizi|^diensten|^dienstverlening',
  'incident-response': 'penanganan insiden|resposta a incidentes?|risposta agli incidenti|gestione degli incidenti|incidentafhandeling|incident ?respons',
  proactive: 'proaktif',
  forms: 'pelaporan insiden|formulir|^moduli|formulieren',
  disclaimer: 'isencao de responsabilidade|aviso legal|esclusione di responsabilita|vrijwaring|aansprakelijkheid',
};
