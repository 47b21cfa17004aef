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
  dataText: 'Toutes les équipes dans un fichier JSON décrit par son schéma, et pour chaque équipe un fichier JSON et une vCard.',
  feedsTitle: 'Flux',
  feedsText: 'Les changements de l’annuaire, en flux Atom, et les clés qui expirent dans les 60 jours.',
  licenceTitle: 'Licence',
  licenceText: 'Le code du site est sous licence MIT. Le texte RFC 2350 de chaque équipe reste celui de l’équipe, à ses conditions. Aucune licence n’est encore choisie pour les données structurées de l’annuaire : demandez avant de les republier.',
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
  dataText: 'Every team in one JSON file described by its schema, and for each team a JSON file and a vCard.',
  feedsTitle: 'Feeds',
  feedsText: 'Changes to the directory, as Atom feeds, and the keys that expire within 60 days.',
  licenceTitle: 'Licence',
  licenceText: 'The site’s code is under the MIT licence. Each team’s RFC 2350 text remains the team’s, on its terms. No licence has been chosen yet for the directory’s structured data: ask before republishing it.',
  docsLink: 'Detailed documentation (format, fields, paths)',
};
