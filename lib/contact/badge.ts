/**
 * A list card's 24/7 badge in words ("On call 24/7 · emergencies only"): the
 * short claim a card has room for, never bare when the team limits it. Its
 * own module, with no imports, because the search island draws cards: it
 * ships only this. The codes come from badgeCodes() in ./say.ts.
 */
import type { AroundTheClockKind, ConditionCode } from '@/lib/profile/vocabulary';

/** Conditions that limit who may reach a team or when; the others (reply and intervention delays, a preferred channel) inform. */
export type LimitingCode = Exclude<ConditionCode, 'first-reply-delay' | 'intervention-delay' | 'preferred-channel'>;
export const isLimiting = (code: ConditionCode): code is LimitingCode => code !== 'first-reply-delay' && code !== 'intervention-delay' && code !== 'preferred-channel';

/** The words of a badge (a list card's labels carry just these). */
export type BadgeWords = { conditionLabels: Record<LimitingCode, string>; atcBadge: Record<AroundTheClockKind, string> };

export function badgeText(kind: AroundTheClockKind, codes: readonly LimitingCode[], w: BadgeWords): string {
  return [w.atcBadge[kind], ...codes.map((c) => w.conditionLabels[c])].join(' · ');
}
