/**
 * Site-wide content files beside the team profiles (content/*.json): read,
 * stripped of their "$comment", validated. A bad file stops the build with
 * the file and the field named, like a bad profile.
 */
import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { contentDir, ProfileError } from '../profile/load';

const cache = new Map<string, unknown>();

/** The validated file, or null when the content folder has none; read once per build. */
export function readContentJson<T extends z.ZodType>(name: string, schema: T, dir = contentDir()): z.infer<T> | null {
  const where = path.join(dir, name);
  if (!cache.has(where)) cache.set(where, read(where, schema));
  return cache.get(where) as z.infer<T> | null;
}

function read<T extends z.ZodType>(where: string, schema: T): z.infer<T> | null {
  if (!fs.existsSync(where)) return null;
  const raw = JSON.parse(fs.readFileSync(where, 'utf8')) as Record<string, unknown>;
  delete raw.$comment;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ProfileError(path.relative(process.cwd(), where), issue.path.join('.') || null, issue.message);
  }
  return parsed.data;
}
