/**
 * A list card's 24/7 badge in words ("On call 24/7 · emergencies only"): the
 * short claim a card has room for, never bare when the team limits it. Its
 * own module, with no imports, because the search island draws cards: it
 * ships only this. The codes come from badgeCodes() in ./say.ts.
 */
import type { AroundTheClockKind, ConditionCode } from '@/lib/profile/vocabulary';

/** The words of a badge (a list card's labels carry just these). */
export type BadgeWords = { conditionLabels: Record<ConditionCode, string>; atcBadge: Record<AroundTheClockKind, string> };

export function badgeText(kind: AroundTheClockKind, codes: readonly ConditionCode[], w: BadgeWords): string {
  return [w.atcBadge[kind], ...codes.map((c) => w.conditionLabels[c])].join(' · ');
}
