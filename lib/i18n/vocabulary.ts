/**
 * The words of the profile's vocabularies (team types, constituency tags,
 * membership statuses, conditions), in both languages: one page area, kept out
 * of the main dictionaries' files. Keys are the schema's codes, so a new code
 * without words is a type error.
 */
import type { CONDITION_CODES, CONSTITUENCY_TAGS, MEMBERSHIP_STATUSES, TEAM_TYPES } from '../profile/vocabulary';

type Words<T extends readonly string[]> = Record<T[number], string>;

export const vocabularyFr = {
  teamTypes: {
    national: 'CSIRT national',
    regional: 'CSIRT régional',
    sectoral: 'CSIRT sectoriel',
    government: 'CSIRT gouvernemental',
    commercial: 'CSIRT commercial',
    internal: 'CSIRT interne',
    academic: 'CSIRT académique',
    psirt: 'PSIRT',
  },
  constituencyTags: {
    smes: 'PME',
    'mid-size-companies': 'ETI',
    'large-companies': 'grandes entreprises',
    'private-sector': 'secteur privé',
    'public-sector': 'secteur public',
    'local-authorities': 'collectivités et établissements publics',
    health: 'santé',
    associations: 'associations',
    individuals: 'particuliers',
    customers: 'clients',
    internal: 'organisation interne',
    partners: 'partenaires',
  },
  membershipStatus: {
    member: 'membre',
    participant: 'participe',
    candidate: 'candidature en cours',
    listed: 'listée',
    accredited: 'accréditée',
    certified: 'certifiée',
    qualified: 'qualifiée',
  },
  conditionLabels: {
    'critical-incidents-only': 'incidents critiques uniquement',
    'emergencies-only': 'en cas d’urgence uniquement',
    'customers-only': 'pour les clients uniquement',
    'open-to-all': 'ouvert à tous',
    'except-public-holidays': 'sauf jours fériés',
    'first-reply-delay': 'délai de première réponse indiqué',
    'preferred-channel': 'canal préféré',
    'intervention-delay': 'délai d’intervention indiqué',
  },
} satisfies { teamTypes: Words<typeof TEAM_TYPES>; constituencyTags: Words<typeof CONSTITUENCY_TAGS>; membershipStatus: Words<typeof MEMBERSHIP_STATUSES>; conditionLabels: Words<typeof CONDITION_CODES> };

export const vocabularyEn = {
  teamTypes: {
    national: 'National CSIRT',
    regional: 'Regional CSIRT',
    sectoral: 'Sectoral CSIRT',
    government: 'Government CSIRT',
    commercial: 'Commercial CSIRT',
    internal: 'Internal CSIRT',
    academic: 'Academic CSIRT',
    psirt: 'PSIRT',
  },
  constituencyTags: {
    smes: 'SMEs',
    'mid-size-companies': 'mid-size companies',
    'large-companies': 'large companies',
    'private-sector': 'private sector',
    'public-sector': 'public sector',
    'local-authorities': 'local authorities and public bodies',
    health: 'health',
    associations: 'associations',
    individuals: 'individuals',
    customers: 'customers',
    internal: 'internal organisation',
    partners: 'partners',
  },
  membershipStatus: {
    member: 'member',
    participant: 'participates',
    candidate: 'application in progress',
    listed: 'listed',
    accredited: 'accredited',
    certified: 'certified',
    qualified: 'qualified',
  },
  conditionLabels: {
    'critical-incidents-only': 'critical incidents only',
    'emergencies-only': 'emergencies only',
    'customers-only': 'for customers only',
    'open-to-all': 'open to all',
    'except-public-holidays': 'except public holidays',
    'first-reply-delay': 'first-reply delay stated',
    'preferred-channel': 'preferred channel',
    'intervention-delay': 'intervention delay stated',
  },
} satisfies { teamTypes: Words<typeof TEAM_TYPES>; constituencyTags: Words<typeof CONSTITUENCY_TAGS>; membershipStatus: Words<typeof MEMBERSHIP_STATUSES>; conditionLabels: Words<typeof CONDITION_CODES> };
