import type { Dictionary } from '@/lib/i18n';
import type { UiLang } from '@/lib/i18n/ui-lang';
import type { FirstStep } from '@/lib/help/first-steps';

/** "Meanwhile: first steps": what to do while reaching the team, each step linked to the official guidance it comes from. */
export function FirstSteps({ steps, t, lang }: { steps: FirstStep[]; t: Dictionary; lang: UiLang }) {
  if (steps.length === 0) return null;
  return (
    <details className="mt-3 rounded border border-amber-700 bg-amber-50 p-3 text-gray-900 dark:bg-gray-900 dark:text-gray-100" data-testid="first-steps">
      <summary className="min-h-11 cursor-pointer py-2 font-bold">{t.firstStepsTitle}</summary>
      <ol className="mt-1 list-decimal space-y-1 pl-6">
        {steps.map((step) => (
          <li key={step.id} data-id={step.id}>
            {step.text[lang]}{' '}
            <a href={step.source.url} className="inline-block min-h-6 text-sm underline" lang="fr">({t.sourceLabel})</a>
          </li>
        ))}
      </ol>
    </details>
  );
}
