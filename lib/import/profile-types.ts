/**
 * The importer's types, derived from the profile schema's input type so that
 * a vocabulary changed in lib/profile (a new team type, e-mail use, phone
 * use, constituency tag, day or membership status) changes them too, and the
 * compiler points at the importer code that does not handle it.
 */
import type { z } from 'zod';
import type { profileSchema } from '../profile/schema';

/** What a draft may hold: any part of a profile, as written before parsing. */
export type DraftProfile = Partial<z.input<typeof profileSchema>>;

type Defined<T> = NonNullable<T>;
export type TeamType = Defined<DraftProfile['team_type']>;
export type EmailUse = Defined<DraftProfile['emails']>[number]['uses'][number];
export type PhoneUse = Defined<Defined<DraftProfile['telephone']>['numbers']>[number]['use'];
export type ConstituencyTag = Defined<Defined<DraftProfile['constituency']>['tags']>[number];
export type Day = Defined<Defined<DraftProfile['hours']>['schedule']>[number]['days'][number];
export type MembershipStatus = Defined<DraftProfile['memberships']>[number]['status'];
