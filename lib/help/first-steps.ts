/**
 * The first steps shown beside the call button (content/first-steps.json):
 * each a summary of official guidance, with its source page. Validated here;
 * a step without a source stops the build.
 */
import 'server-only';
import { z } from 'zod';
import { readContentJson } from '../site/content-json';

const step = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  text: z.strictObject({ fr: z.string().min(1).max(300), en: z.string().min(1).max(300) }).describe('The step, in each UI language.'),
  source: z
    .strictObject({ url: z.url({ protocol: /^https$/ }), title: z.string().min(1).max(300), verified_on: z.iso.date().nullable() })
    .describe('The official page the step summarises, and when its wording was last checked against it (null: not yet).'),
});
const file = z.record(z.string().regex(/^[A-Z]{2}$/), z.array(step).max(8));

export type FirstStep = z.infer<typeof step>;

/** The steps for a country; none when the content folder has no first-steps.json (fixture sites). */
export function firstSteps(country: string, dir?: string): FirstStep[] {
  return readContentJson('first-steps.json', file, dir)?.[country] ?? [];
}
