/**
 * The words of the contact model's codes (lib/contact/model.ts), in both
 * languages: the kinds of 24/7 arrangement, phone roles, audiences, what a
 * team asks of those who contact it, and fields the directory derived. Keys
 * are the schema's codes, so a new code without words is a type error.
 */
import type { AroundTheClockKind, PhoneUse, RequirementCode } from '../profile/vocabulary';
import type { DERIVED_FROM } from '../profile/vocabulary';

type Words<K extends string> = Record<K, string>;
type ContactWords = {
  /** The short claim a card has room for: still true without its conditions' words beside it. */
  atcBadge: Words<AroundTheClockKind>;
  /** The claim in a sentence, before the channel and the conditions. */
  atcSentence: Words<AroundTheClockKind>;
  atcChannels: Words<'phone' | 'email'>;
  atcForCustomers: string;
  atcForEveryone: string;
  phoneRoles: Words<PhoneUse>;
  requirementLabels: Words<RequirementCode>;
  requirementsHeading: string;
  servesQualifier: Words<'mainly' | 'including'>;
  derivedFrom: Words<(typeof DERIVED_FROM)[number]>;
  customersLineOnly: string;
  /** A card's short mark on a derived value. */
  derivedShort: string;
  /** Where the team's document forbids its reproduction: why the page gives facts and short quotes only. */
  reproductionRestricted: string;
  securityTxt: {
    heading: string;
    contact: Record<'agrees' | 'differs' | 'not-comparable', string>;
    encryption: Record<'agrees' | 'differs' | 'none', string>;
    signature: Record<'none' | 'listed-key' | 'not-checked', string>;
    outcome: Record<'unreachable' | 'refused', string>;
    agreesSince: string;
    differing: string;
  };
};

export const contactFr = {
  atcBadge: { service: '24 h/24, 7 j/7', 'on-call': 'Astreinte 24 h/24', qualification: 'Qualification des demandes 24 h/24' },
  atcSentence: { service: 'Disponible 24 h/24, 7 j/7', 'on-call': 'Astreinte 24 h/24, 7 j/7', qualification: 'Qualification des demandes 24 h/24, 7 j/7' },
  atcChannels: { phone: 'par téléphone', email: 'par e-mail' },
  atcForCustomers: 'pour les clients uniquement',
  atcForEveryone: 'ouvert à tous',
  phoneRoles: { main: 'numéro indiqué', emergency: 'ligne d’urgence', hotline: 'hotline', 'customers-only': 'réservé aux clients' },
  requirementLabels: {
    'encrypt-sensitive': 'Chiffrer les informations sensibles',
    'encryption-encouraged': 'Chiffrement recommandé',
    'plain-allowed-for-non-sensitive': 'Informations non sensibles : envoi en clair accepté',
    'call-only-in-emergency': 'Appeler seulement en cas d’urgence',
    'report-contents': 'Ce qu’un signalement doit contenir',
    'customers-use-contract-channel': 'Clients : le canal prévu par le contrat',
    'outside-constituency': 'Si l’équipe ne vous dessert pas',
  },
  requirementsHeading: 'Ce que l’équipe demande',
  servesQualifier: { mainly: 'principalement', including: 'notamment' },
  derivedFrom: {
    'postal-code': 'déduit du code postal',
    'phone-prefix': 'déduit de l’indicatif téléphonique',
    'time-zone': 'déduit du fuseau horaire',
    constituency: 'déduit du public servi',
  },
  customersLineOnly: 'Numéro réservé aux clients',
  derivedShort: 'déduite',
  securityTxt: {
    heading: 'security.txt du domaine de l’équipe',
    contact: { agrees: 'son Contact est celui de cette fiche', differs: 'son Contact diffère de cette fiche', 'not-comparable': 'son Contact n’est qu’une adresse web' },
    encryption: { agrees: 'sa clé (Encryption) est celle de la fiche', differs: 'sa clé (Encryption) n’est pas celle de la fiche', none: 'il ne donne pas de clé' },
    signature: { none: 'il n’est pas signé', 'listed-key': 'il est signé par la clé de la fiche', 'not-checked': 'il est signé, mais l’annuaire n’a pas la clé pour le vérifier' },
    outcome: { unreachable: 'introuvable ou sans réponse', refused: 'refusé : il n’est pas un security.txt valable, ou il est signé par une autre clé que celle de la fiche' },
    agreesSince: 'En accord avec la fiche depuis le {date}',
    differing: 'Absent de la fiche :',
  },
  reproductionRestricted:
    'Le document de l’équipe interdit sa reproduction sans son autorisation : cette fiche n’en donne que les faits et de courtes citations, et l’annuaire ne publie pas son texte. Lisez-le là où l’équipe le publie :',
} satisfies ContactWords;

export const contactEn: ContactWords = {
  atcBadge: { service: '24/7', 'on-call': 'On call 24/7', qualification: 'Requests qualified 24/7' },
  atcSentence: { service: 'Available 24/7', 'on-call': 'On-call duty 24/7', qualification: 'Requests qualified 24/7' },
  atcChannels: { phone: 'by phone', email: 'by e-mail' },
  atcForCustomers: 'for customers only',
  atcForEveryone: 'open to all',
  phoneRoles: { main: 'listed number', emergency: 'emergency line', hotline: 'hotline', 'customers-only': 'customers only' },
  requirementLabels: {
    'encrypt-sensitive': 'Encrypt sensitive information',
    'encryption-encouraged': 'Encryption recommended',
    'plain-allowed-for-non-sensitive': 'Non-sensitive information may be sent unencrypted',
    'call-only-in-emergency': 'Call only in an emergency',
    'report-contents': 'What a report must contain',
    'customers-use-contract-channel': 'Customers: the channel of their contract',
    'outside-constituency': 'If the team does not serve you',
  },
  requirementsHeading: 'What the team asks',
  servesQualifier: { mainly: 'mainly', including: 'including' },
  derivedFrom: {
    'postal-code': 'derived from the postal code',
    'phone-prefix': 'derived from the phone prefix',
    'time-zone': 'derived from the time zone',
    constituency: 'derived from the constituency',
  },
  customersLineOnly: 'Number for customers only',
  derivedShort: 'derived',
  securityTxt: {
    heading: 'security.txt of the team’s domain',
    contact: { agrees: 'its Contact is this listing’s', differs: 'its Contact differs from this listing', 'not-comparable': 'its Contact is only a web address' },
    encryption: { agrees: 'its key (Encryption) is the listing’s', differs: 'its key (Encryption) is not the listing’s', none: 'it names no key' },
    signature: { none: 'it is not signed', 'listed-key': 'it is signed by the listing’s key', 'not-checked': 'it is signed, but the directory holds no key to check it' },
    outcome: { unreachable: 'not found, or no answer', refused: 'refused: not a valid security.txt, or signed by a key other than the listing’s' },
    agreesSince: 'Agrees with the listing since {date}',
    differing: 'Not in the listing:',
  },
  reproductionRestricted:
    'The team’s document forbids its reproduction without its permission: this listing gives its facts and short quotes only, and the directory does not publish its text. Read it where the team publishes it:',
};
