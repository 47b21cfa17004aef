'use client';

import { useId } from 'react';

export type Source = { file: File | null; text: string };

type Props = { label: string; fileLabel: string; pasteLabel: string; value: Source; onChange: (value: Source) => void; testId: string };

/** One input of a check: a file to drop or choose, or text to paste. The file wins when both are given. */
export function InputField({ label, fileLabel, pasteLabel, value, onChange, testId }: Props) {
  const id = useId();
  return (
    <fieldset className="rounded border border-gray-300 p-3 dark:border-gray-700" data-testid={testId}>
      <legend className="px-1 font-semibold">{label}</legend>
      <label htmlFor={`${id}-file`} className="block text-sm">{fileLabel}</label>
      <input
        id={`${id}-file`}
        type="file"
        className="mt-1 block w-full text-sm"
        onChange={(e) => onChange({ ...value, file: e.target.files?.[0] ?? null })}
      />
      <label htmlFor={`${id}-text`} className="mt-2 block text-sm">{pasteLabel}</label>
      <textarea
        id={`${id}-text`}
        rows={4}
        spellCheck={false}
        value={value.text}
        onChange={(e) => onChange({ ...value, text: e.target.value })}
        className="mt-1 block w-full rounded border border-gray-400 bg-white p-2 font-mono text-xs dark:bg-gray-900"
      />
    </fieldset>
  );
}

/** The input as bytes (a file, exactly) or text (pasted), or null when empty. */
export async function read(source: Source): Promise<Uint8Array | string | null> {
  if (source.file) return new Uint8Array(await source.file.arrayBuffer());
  return source.text.trim() ? source.text : null;
}
