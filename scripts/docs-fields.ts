/** Writes docs/profile-fields.md from the schema (run after changing lib/profile/schema.ts). */
import fs from 'node:fs';
import { profileFieldsMarkdown } from '@/lib/profile/field-docs';

fs.writeFileSync('docs/profile-fields.md', profileFieldsMarkdown());
console.log('docs/profile-fields.md written');
