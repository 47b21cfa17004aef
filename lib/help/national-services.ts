/**
 * National services a victim can turn to when no listed team covers them:
 * content/national-services.json, validated here. Every entry carries the
 * official page that states it; an entry without a source stops the build.
 */
import 'server-only';
import { z } from 'zod';
import { readContentJson } from '../site/content-json';

const httpsUrl = z.url({ protocol: /^https$/ }).describe('An https: URL.');
const service = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/).describe('Stable identifier.'),
  name: z.string().min(1).max(200).describe('The service’s name, as its operator writes it.'),
  operator: z.string().min(1).max(200).describe('Who runs it.'),
  url: httpsUrl.describe('Where a victim reaches the service.'),
  purpose: z.strictObject({ fr: z.string().min(1).max(600), en: z.string().min(1).max(600) }).describe('What the service is for, in each UI language, as its source states it.'),
  availability_as_stated: z.string().max(200).optional().describe('Opening hours, exactly as the source states them.'),
  source: z
    .strictObject({ url: httpsUrl, title: z.string().min(1).max(300), read_on: z.iso.date() })
    .describe('The official page that states the purpose and hours, and when it was read.'),
});
const file = z.record(z.string().regex(/^[A-Z]{2}$/), z.array(service)).describe('Services by ISO country code.');

export type NationalService = z.infer<typeof service>;

/** The services of a country; none when the content folder has no national-services.json (fixture sites). */
export function nationalServices(country: string, dir?: string): NationalService[] {
  return readContentJson('national-services.json', file, dir)?.[country] ?? [];
}
