/** The partners page's words (app/[lang]/partners), in both languages. */
export const partnersFr = {
  footerLink: 'Partenaires : lien, intégration, données ouvertes',
  title: 'Pour les sites partenaires',
  intro: 'Comment lier une équipe, intégrer sa carte de contact, et réutiliser les données de l’annuaire.',
  linkTitle: 'Lier la fiche d’une équipe',
  linkText: 'Chaque équipe a une adresse permanente, qui ne change pas avec l’interface :',
  embedTitle: 'Intégrer la carte de contact',
  embedText: 'Une page statique sans JavaScript, claire ou sombre selon le lecteur, à mettre dans une iframe de {width} × {height} pixels. Chaque fiche d’équipe donne son extrait prêt à copier.',
  dataTitle: 'Données ouvertes',
  dataText: 'Toutes les équipes dans un fichier JSON décrit par son schéma ; les mêmes au format de Trusted Introducer (un tableau, tel que le lit l’outil de recherche d’IntelMQ), dans l’enveloppe d’api.first.org avec les noms de champs de FIRST, et en CSV ; et pour chaque équipe un fichier JSON et une vCard.',
  feedsTitle: 'Flux',
  feedsText: 'Les changements de l’annuaire, en flux Atom, et les clés qui expirent dans les 60 jours.',
  licenceTitle: 'Licence',
  licenceText: 'Les données structurées de l’annuaire (teams.json, ses formats Trusted Introducer, FIRST et CSV, les vCard, les flux) sont publiées sous la Licence Ouverte 2.0 (Etalab) : réutilisez-les librement en citant l’annuaire. Le code du site est sous licence MIT. Le document RFC 2350 de chaque équipe reste celui de l’équipe, à ses conditions : quand il interdit sa reproduction, l’annuaire n’en donne que les faits et de courtes citations.',
  docsLink: 'Documentation détaillée (format, champs, chemins)',
};

export const partnersEn: typeof partnersFr = {
  footerLink: 'Partners: link, embed, open data',
  title: 'For partner sites',
  intro: 'How to link a team, embed its contact card, and reuse the directory’s data.',
  linkTitle: 'Link to a team’s listing',
  linkText: 'Each team has a permanent address that does not change with the interface:',
  embedTitle: 'Embed the contact card',
  embedText: 'A static page without JavaScript, light or dark as the reader prefers, for an iframe of {width} × {height} pixels. Each team page gives its snippet, ready to copy.',
  dataTitle: 'Open data',
  dataText: 'Every team in one JSON file described by its schema; the same teams in Trusted Introducer’s format (a top-level array, as IntelMQ’s lookup reads it), in the api.first.org envelope with FIRST’s field names, and as CSV; and for each team a JSON file and a vCard.',
  feedsTitle: 'Feeds',
  feedsText: 'Changes to the directory, as Atom feeds, and the keys that expire within 60 days.',
  licenceTitle: 'Licence',
  licenceText: 'The directory’s structured data (teams.json, its Trusted Introducer, FIRST and CSV shapes, the vCards, the feeds) is published under the Licence Ouverte / Open Licence 2.0 (Etalab): reuse it freely, naming the directory. The site’s code is under the MIT licence. Each team’s RFC 2350 document remains the team’s, on its terms: where it forbids its reproduction, the directory gives its facts and short quotes only.',
  docsLink: 'Detailed documentation (format, fields, paths)',
};
