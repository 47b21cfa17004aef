/**
 * Build time: what a page loads for the contact parts it renders, so that
 * components only render: the contact model, the public holidays its lines
 * close on (only when the team says a line closes on them), and what
 * keys:refresh recorded of the team's key addresses.
 */
import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import type { Team } from '@/lib/profile/load';
import type { TeamKeys } from '@/lib/profile/keys';
import { readKeySources, type KeySources } from '@/lib/keys/provenance';
import { publicHolidays } from '@/lib/contact/holidays';
import { buildNow } from '@/lib/site/build-time';
import { contactModel, needsHolidays, type ContactModel } from './model';

export type ContactView = {
  model: ContactModel;
  /** Public holidays (YYYY-MM-DD) the "open now" islands treat as closed, for the lines that close on them. */
  holidays: string[];
  keySources: KeySources | null;
  /** The key the report composer may encrypt to: a listed fingerprint the held key file has, with the file's text. */
  heldKey: { armored: string; fingerprint: string } | null;
};

function heldKey(team: Team, keys: TeamKeys): ContactView['heldKey'] {
  if (!keys.files.key || !keys.keys) return null;
  const listed = team.profile.pgp_keys.find((k) => keys.keys!.some((held) => held.fingerprint === k.fingerprint));
  return listed ? { armored: fs.readFileSync(path.join(keys.files.dir, keys.files.key), 'utf8'), fingerprint: listed.fingerprint } : null;
}

export function contactView(team: Team, keys: TeamKeys): ContactView {
  const model = contactModel(team.profile);
  const holidays = needsHolidays(model) ? publicHolidays(team.profile.country, team.profile.region, buildNow()).map((d) => d.date) : [];
  return { model, holidays, keySources: readKeySources(keys.files.dir), heldKey: heldKey(team, keys) };
}
