/**
 * Words nearly every team's constituency or services text has (and grammar words): left out of
 * those texts in the index (record.ts): a word that every team has finds nothing in particular,
 * and every hit costs the search time and the index bytes. Names, short names and the host
 * organisation keep them, so "securite" or "csirt" still finds the teams named so; the query
 * is also read without them (query-plan.ts), so "crisis management" finds a team whose services
 * say so. Browser-safe.
 */
export const STOP_WORDS = new Set(
  (
    'csirt cert csirts certs soc cyber cybersecurite cybersecurity securite security securise incident incidents equipe equipes team teams ' +
    'reponse response gestion management analyse analysis traitement handling service services support accompagnement ' +
    'organisations organisation organizations organization situees situes located based clients customers membres members contact ' +
    'les des aux dans pour par sur avec une est sont the and for with our their from into its that this all any '
  )
    .trim()
    .split(/\s+/),
);
