'use client';

import { useEffect, useRef, useState } from 'react';
import type { UiLang } from '@/lib/i18n/ui-lang';
import { fieldControlId, InputField, read, type Source } from './input-field.client';
import { FIELDS, loadFailure, type FieldName, type Outcome } from '@/lib/verify/outcome';
import type { VerifyFormStrings } from '@/lib/verify/strings';
import { VerdictView } from './verdict-view';

const empty: Source = { file: null, text: '' };
const SUMMARY_TITLE_ID = 'verify-error-summary-title';

/**
 * The verify page: a document and its signature, and optionally a key. The
 * check, the engine and its words load on submit (run-check.ts). Problems are
 * shown on their own fields and in an error summary that takes focus and links
 * to each field (the GOV.UK pattern); a verdict takes focus when it comes.
 * Nothing leaves the page.
 */
export function VerifyForm({ lang, strings: s }: { lang: UiLang; strings: VerifyFormStrings }) {
  const [sources, setSources] = useState<Record<FieldName, Source>>({ document: empty, signature: empty, key: empty });
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const focusTarget = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (outcome) focusTarget.current?.focus();
  }, [outcome]);

  async function check(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setOutcome(null);
    try {
      const [doc, signature, key] = await Promise.all(FIELDS.map((f) => read(sources[f])));
      const pasted = FIELDS.filter((f) => !sources[f].file);
      const { checkForm } = await import('@/lib/verify/run-check');
      setOutcome(await checkForm({ document: doc, signature, key, pasted }, lang, s));
    } catch (e) {
      setOutcome({ kind: 'message', message: loadFailure(s, e) });
    } finally {
      setBusy(false);
    }
  }

  const errors = outcome?.kind === 'errors' ? outcome.errors : [];
  const errorOf = (field: FieldName) => errors.filter((e) => e.field === field).map((e) => e.message).join(' ') || undefined;
  const labels: Record<FieldName, string> = { document: s.documentInput, signature: s.signatureInput, key: s.keyInput };

  function goTo(event: React.MouseEvent<HTMLAnchorElement>, field: FieldName) {
    event.preventDefault();
    const control = document.getElementById(fieldControlId(field, sources[field]));
    control?.closest('fieldset')?.scrollIntoView();
    control?.focus();
  }

  return (
    <form onSubmit={check} className="js-only mt-4 space-y-3" data-testid="verify-form" noValidate>
      {errors.length > 0 && (
        <div
          ref={focusTarget}
          tabIndex={-1}
          role="alert"
          aria-labelledby={SUMMARY_TITLE_ID}
          className="rounded border-4 border-red-700 p-3 dark:border-red-400"
          data-testid="error-summary"
        >
          <h2 id={SUMMARY_TITLE_ID} className="text-lg font-bold">{s.errorSummaryTitle}</h2>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {errors.map((e, i) =>
              e.field ? (
                <li key={i}>
                  <a href={`#${fieldControlId(e.field, sources[e.field])}`} onClick={(event) => goTo(event, e.field!)} className="font-semibold text-red-800 underline dark:text-red-300">
                    {e.message}
                  </a>
                </li>
              ) : (
                <li key={i} className="font-semibold">{e.message}</li>
              ),
            )}
          </ul>
        </div>
      )}
      {FIELDS.map((field) => (
        <InputField
          key={field}
          name={field}
          label={labels[field]}
          fileLabel={s.chooseFile}
          pasteLabel={s.orPaste}
          value={sources[field]}
          onChange={(value) => setSources((all) => ({ ...all, [field]: value }))}
          error={errorOf(field)}
          errorPrefix={s.errorPrefix}
        />
      ))}
      <button type="submit" disabled={busy} className="rounded bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800 disabled:opacity-60">
        {busy ? s.verifying : s.check}
      </button>
      <div aria-live="polite">
        {outcome?.kind === 'verdict' && <VerdictView ref={focusTarget} shown={outcome.verdict} strings={s.verdict} />}
        {outcome?.kind === 'message' && (
          <div ref={focusTarget} tabIndex={-1} role="alert" className="mt-2 rounded border-2 border-gray-600 p-3 font-semibold" data-testid="verify-message">
            {outcome.message}
          </div>
        )}
      </div>
    </form>
  );
}
