/**
 * Every contact fact of a profile is in the team's document: e-mail addresses
 * (an address the team writes with [at] counts), phone numbers (compared by
 * digits, so spacing and a "(0)" do not matter), fingerprints and key IDs
 * (compared by hexadecimal digits), and URLs (percent-encoding aside).
 */
import type { Profile } from '@/lib/profile/schema';
import { normalizeHex } from '@/lib/keys/fingerprint';
import { removeNoise } from './normalise';

export type ContactFault = { field: string; value: string; kind: 'email' | 'phone' | 'fingerprint' | 'key-id' | 'url' };

const digits = (s: string) => s.replace(/\D/g, '');
const hexRun = (s: string) => s.replace(/[^0-9A-Fa-f]/g, '').toUpperCase();
const decoded = (url: string) => {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
};

/** Contact facts of the profile that the document does not state. */
export function contactFaults(source: string, profile: Profile): ContactFault[] {
  const text = removeNoise(source);
  const mailText = text.replace(/\[at\]/gi, '@').toLowerCase();
  const lineDigits = text.split('\n').map(digits);
  const lineHex = text.split('\n').map(hexRun);
  const urlText = decoded(text);
  const faults: ContactFault[] = [];

  profile.emails.forEach((e, i) => {
    if (!mailText.includes(e.address.toLowerCase())) faults.push({ field: `emails[${i}].address`, value: e.address, kind: 'email' });
  });
  for (const channel of ['telephone', 'fax'] as const) {
    profile[channel]?.numbers.forEach((n, i) => {
      if (!lineDigits.some((d) => d.includes(digits(n.display)))) faults.push({ field: `${channel}.numbers[${i}].display`, value: n.display, kind: 'phone' });
    });
  }
  profile.pgp_keys.forEach((k, i) => {
    if (!lineHex.some((h) => h.includes(k.fingerprint))) faults.push({ field: `pgp_keys[${i}].fingerprint`, value: k.fingerprint, kind: 'fingerprint' });
    if (k.key_id && !lineHex.some((h) => h.includes(normalizeHex(k.key_id!)))) faults.push({ field: `pgp_keys[${i}].key_id`, value: k.key_id, kind: 'key-id' });
  });
  const urls: [string, string][] = [
    ...(profile.website ? [['website', profile.website] as [string, string]] : []),
    ...profile.pgp_keys.flatMap((k, i) => k.urls.map((u, j) => [`pgp_keys[${i}].urls[${j}]`, u] as [string, string])),
    ...(profile.reporting?.form_url ? [['reporting.form_url', profile.reporting.form_url] as [string, string]] : []),
    ...profile.document.locations.map((u, i) => [`document.locations[${i}]`, u] as [string, string]),
  ];
  for (const [field, url] of urls) {
    const bare = decoded(url).replace(/\/$/, '');
    if (!urlText.includes(bare)) faults.push({ field, value: url, kind: 'url' });
  }
  return faults;
}
