/** The Markdown body of a generated profile: a short RFC 2350 document in French or English. */

type BodyFacts = { lang: 'fr' | 'en'; official: string; city: string; region: string; email: string; services: string[]; urgent: string };

export function bodyOf(f: BodyFacts): string {
  const list = f.services.map((s) => `- ${s}`).join('\n');
  if (f.lang === 'fr') {
    return `## 1. Informations sur le document

Ce document décrit le ${f.official} conformément à la RFC 2350. Il présente l'équipe, ses canaux de communication, son rôle et ses responsabilités.

### 1.1. Date de dernière mise à jour

La date de dernière mise à jour figure en tête du document publié.

### 1.2. Liste de diffusion des notifications

Il n'existe pas de liste de diffusion ; les changements sont publiés sur le site web de l'équipe.

## 2. Informations de contact

### 2.1. Nom de l'équipe

${f.official}

### 2.2. Adresse

${f.city} (${f.region})

### 2.7. Adresse électronique

<${f.email}>. En cas d'urgence, indiquez ${f.urgent} dans l'objet du message.

## 3. Charte

### 3.1. Mission

Le ${f.official} a pour mission d'aider ses bénéficiaires à prévenir, détecter et traiter les incidents de sécurité informatique, et de coordonner la réponse avec les autres équipes.

### 3.2. Bénéficiaires

Les organisations situées en ${f.region}, ainsi que les partenaires désignés par l'équipe.

## 4. Politiques

### 4.1. Types d'incidents et niveau de support

Tous les incidents de sécurité informatique sont pris en compte ; leur priorité dépend de leur gravité, du nombre d'entités touchées et des ressources disponibles.

### 4.2. Coopération, interaction et divulgation d'informations

Les informations sont traitées selon le protocole TLP et ne sont partagées qu'avec l'accord de l'entité concernée, sauf obligation légale.

## 5. Services

### 5.1. Réponse aux incidents

${list}

## 6. Formulaires de notification d'incident

Aucun formulaire n'est imposé : décrivez l'incident par courrier électronique chiffré.

## 7. Avertissements

Bien que toutes les précautions soient prises, le ${f.official} décline toute responsabilité quant aux erreurs ou omissions de ce document.`;
  }
  return `## 1. Document Information

This document describes the ${f.official} as recommended by RFC 2350. It presents the team, its communication channels, its role and its responsibilities.

### 1.1. Date of last update

The date of the last update is given at the top of the published document.

### 1.2. Distribution list for notifications

There is no distribution list; changes are published on the team's website.

## 2. Contact Information

### 2.1. Name of the team

${f.official}

### 2.2. Address

${f.city} (${f.region})

### 2.7. Electronic mail address

<${f.email}>. In an emergency, put ${f.urgent} in the subject line.

## 3. Charter

### 3.1. Mission statement

The mission of ${f.official} is to help its constituency prevent, detect and handle computer security incidents, and to coordinate the response with other teams.

### 3.2. Constituency

Organisations located in ${f.region}, and partners designated by the team.

## 4. Policies

### 4.1. Types of incidents and level of support

All computer security incidents are handled; their priority depends on their severity, the number of entities affected and the resources available.

### 4.2. Co-operation, interaction and disclosure of information

Information is handled according to the Traffic Light Protocol and shared only with the consent of the entity concerned, unless the law requires otherwise.

## 5. Services

### 5.1. Incident response

${list}

## 6. Incident reporting forms

No form is required: describe the incident in an encrypted e-mail.

## 7. Disclaimer

While every precaution is taken, ${f.official} assumes no responsibility for errors or omissions in this document.`;
}
