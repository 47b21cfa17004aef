/**
 * The fields of a profile that promise the team's own words: every field the
 * schema describes as "exactly as the team's document words it". Found from
 * the schema itself, so a new quoted field is checked without a list to update.
 */
import 'server-only';
import { z } from 'zod';
import { profileSchema } from '@/lib/profile/schema';

/** The phrase lib/profile/schema.ts puts in the description of every quoted field. */
export const QUOTE_PROMISE = "exactly as the team's document words it";

type Json = { description?: string; properties?: Record<string, Json>; items?: Json; anyOf?: Json[]; type?: string | string[] };

export type QuotedField = { field: string; text: string };

let cached: Json | undefined;
const jsonSchema = () => (cached ??= z.toJSONSchema(profileSchema, { io: 'input', unrepresentable: 'any' }) as Json);

function walk(node: Json, value: unknown, field: string, out: QuotedField[]): void {
  if (value === undefined || value === null) return;
  if (typeof value === 'string') {
    if (node.description?.includes(QUOTE_PROMISE) || node.anyOf?.some((n) => n.description?.includes(QUOTE_PROMISE))) out.push({ field, text: value });
    return;
  }
  if (Array.isArray(value)) {
    const item = node.items ?? node.anyOf?.find((n) => n.items)?.items;
    if (item) value.forEach((v, i) => walk(item, v, `${field}[${i}]`, out));
    return;
  }
  if (typeof value === 'object') {
    const props = node.properties ?? node.anyOf?.find((n) => n.properties)?.properties ?? {};
    for (const [key, v] of Object.entries(value)) if (props[key]) walk(props[key], v, field ? `${field}.${key}` : key, out);
  }
}

/** Every quoted field of a profile's frontmatter (as parsed from YAML), with its path such as "hours.as_written". */
export function quotedFields(frontmatter: unknown): QuotedField[] {
  const out: QuotedField[] = [];
  walk(jsonSchema(), frontmatter, '', out);
  return out;
}

function mapWalk(node: Json, value: unknown, fn: (text: string) => string): unknown {
  if (value === undefined || value === null) return value;
  if (typeof value === 'string') {
    const quoted = node.description?.includes(QUOTE_PROMISE) || node.anyOf?.some((n) => n.description?.includes(QUOTE_PROMISE));
    return quoted ? fn(value) : value;
  }
  if (Array.isArray(value)) {
    const item = node.items ?? node.anyOf?.find((n) => n.items)?.items;
    return item ? value.map((v) => mapWalk(item, v, fn)) : value;
  }
  if (typeof value === 'object') {
    const props = node.properties ?? node.anyOf?.find((n) => n.properties)?.properties ?? {};
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, props[key] ? mapWalk(props[key], v, fn) : v]));
  }
  return value;
}

/** A copy of a profile (or frontmatter) with every quoted field passed through fn; every other value as it is. */
export function mapQuotedFields<T>(profile: T, fn: (text: string) => string): T {
  return mapWalk(jsonSchema(), profile, fn) as T;
}
