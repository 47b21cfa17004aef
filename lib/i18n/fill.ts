/**
 * Strings handed to client islands are plain data (props cross the server /
 * browser boundary as JSON), so a sentence with a number or a name in it is a
 * template: "{n} teams match." Browser-safe.
 */

/** Replaces each {name} of a template with its value; an unknown name is left as written. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A sentence with a count: zero, one and other forms (French and English need no more). */
export type CountTemplates = { zero: string; one: string; other: string };

export function fillCount(templates: CountTemplates, n: number): string {
  return fill(n === 0 ? templates.zero : n === 1 ? templates.one : templates.other, { n });
}
