'use client';

import type { FieldName } from '@/lib/verify/outcome';

export type Source = { file: File | null; text: string };

type Props = {
  name: FieldName;
  label: string;
  fileLabel: string;
  pasteLabel: string;
  value: Source;
  onChange: (value: Source) => void;
  /** This field's problem, in words; shown above its controls and tied to them (aria-describedby). */
  error?: string;
  errorPrefix: string;
};

/** Element ids of a field's controls and error, for the error summary's links. */
const fieldIds = (name: FieldName) => ({ file: `verify-${name}-file`, text: `verify-${name}-text`, error: `verify-${name}-error` });

/** The control a field's value came from: the file input when a file is chosen (it wins), else the text area. */
export const fieldControlId = (name: FieldName, value: Source) => fieldIds(name)[value.file ? 'file' : 'text'];

/** One input of a check: a file to drop or choose, or text to paste. The file wins when both are given. */
export function InputField({ name, label, fileLabel, pasteLabel, value, onChange, error, errorPrefix }: Props) {
  const ids = fieldIds(name);
  const invalid = error ? { 'aria-invalid': true, 'aria-describedby': ids.error } : {};
  return (
    <fieldset
      className={`rounded border p-3 ${error ? 'border-l-4 border-red-700 dark:border-red-400' : 'border-gray-300 dark:border-gray-700'}`}
      data-testid={`input-${name}`}
    >
      <legend className="px-1 font-semibold">{label}</legend>
      {error && (
        <p id={ids.error} className="mb-2 font-semibold text-red-800 dark:text-red-300" data-testid={`input-${name}-error`}>
          <span className="sr-only">{errorPrefix}</span>
          {error}
        </p>
      )}
      <label htmlFor={ids.file} className="block text-sm">{fileLabel}</label>
      <input
        id={ids.file}
        type="file"
        className="mt-1 block w-full text-sm"
        onChange={(e) => onChange({ ...value, file: e.target.files?.[0] ?? null })}
        {...invalid}
      />
      <label htmlFor={ids.text} className="mt-2 block text-sm">{pasteLabel}</label>
      <textarea
        id={ids.text}
        rows={4}
        spellCheck={false}
        value={value.text}
        onChange={(e) => onChange({ ...value, text: e.target.value })}
        className="mt-1 block w-full rounded border border-gray-400 bg-white p-2 font-mono text-xs dark:bg-gray-900"
        {...invalid}
      />
    </fieldset>
  );
}

/** The input as bytes (a file, exactly) or text (pasted), or null when empty. */
export async function read(source: Source): Promise<Uint8Array | string | null> {
  if (source.file) return new Uint8Array(await source.file.arrayBuffer());
  return source.text.trim() ? source.text : null;
}
