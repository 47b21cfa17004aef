import type { Ref } from 'react';
import type { ShownVerdict } from '@/lib/verify/outcome';
import type { VerdictStrings } from '@/lib/verify/strings';

const TONE: Record<string, string> = {
  valid: 'border-green-700 bg-green-50 text-green-950 dark:bg-green-950 dark:text-green-50',
  unreadable: 'border-gray-600 bg-gray-100 text-gray-950 dark:bg-gray-800 dark:text-gray-50',
};
const BAD = 'border-red-700 bg-red-50 text-red-950 dark:bg-red-950 dark:text-red-50';

/**
 * One verdict, said plainly: label, the engine's explanation, then the facts it
 * rests on. It receives words only (chosen on click by run-check.ts); `ref`
 * lets the verify page move focus to it.
 */
export function VerdictView({ shown, strings, ref }: { shown: ShownVerdict; strings: VerdictStrings; ref?: Ref<HTMLDivElement> }) {
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="status"
      className={`mt-2 rounded border-2 p-3 ${TONE[shown.verdict] ?? BAD}`}
      data-testid="verdict"
      data-verdict={shown.verdict}
    >
      <p className="font-bold">
        {strings.resultPrefix}
        {shown.label}
      </p>
      {shown.note && <p className="font-semibold" data-testid="verdict-note">{shown.note}</p>}
      <p data-testid="verdict-message">{shown.message}</p>
      {shown.facts.length > 0 && (
        <details className="mt-1 text-sm">
          <summary className="cursor-pointer">{strings.technicalDetails}</summary>
          <dl className="grid gap-x-3 sm:grid-cols-[max-content_1fr]">
            {shown.facts.map(([k, v]) => (
              <div key={k} className="contents">
                <dt className="font-medium">{k}</dt>
                <dd><code className="[overflow-wrap:anywhere]">{v}</code></dd>
              </div>
            ))}
          </dl>
        </details>
      )}
    </div>
  );
}
