import type { ReactNode } from 'react';
import type { Dictionary } from '@/lib/i18n';
import type { StatedRequirement } from '@/lib/contact/model';

/** What the team asks of those who contact it: each rule named in the reader's language, in the team's words, with its section. */
export function Requirements({ requirements, t, contentLang, at }: { requirements: StatedRequirement[]; t: Dictionary; contentLang: string; at?: (section?: string) => ReactNode }) {
  return (
    <ul className="space-y-1" data-testid="requirement-list">
      {requirements.map((r, i) => (
        <li key={i} data-code={r.code}>
          <strong>{t.contact.requirementLabels[r.code]}</strong>{t.colon}<q lang={contentLang}>{r.quote}</q>
          {at?.(r.section)}
        </li>
      ))}
    </ul>
  );
}
