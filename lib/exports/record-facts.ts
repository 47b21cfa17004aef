/**
 * What the formats written from the open data record (JSON-LD, vCard, Atom,
 * the TI and FIRST shapes, CSV) read of it the same way: the seat country and
 * region as the team states them (a derived one is left out), the address
 * tools should write to, and the team's words for the conditions on a number.
 */
import 'server-only';
import type { ExportTeam } from './record-schema';

/** The seat country and region as the team's document states them: each undefined when the directory derived it. */
export function statedSeat(r: ExportTeam): { country?: ExportTeam['country']; region?: string } {
  const derived = new Set(r.derived?.map((d) => d.field));
  return { ...(!derived.has('country') && { country: r.country }), ...(!derived.has('region') && r.region && { region: r.region }) };
}

/** The address whose usage holds "contact": the incident address, only when the team gives one for incident reports. */
export function contactAddress(r: ExportTeam): ExportTeam['emails'][number] | undefined {
  return r.emails.find((e) => e.usage.includes('contact'));
}

/** The team's words for each condition it puts on calls to this number, each once. */
export function phoneConditionWords(r: ExportTeam, phone: ExportTeam['phones'][number]): string[] {
  const words = (r.conditions ?? []).filter((c) => phone.conditions?.includes(c.code) && c.applies_to.includes('phone')).map((c) => c.as_written);
  return [...new Set(words)];
}
