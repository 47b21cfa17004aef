'use client';

import { useEffect, useState } from 'react';

type Props = { value: string; label: string; copied: string; failed: string };

/**
 * A copy button that exists only where it can work: it stays hidden until
 * JavaScript runs, so a reader without JavaScript just selects the text.
 */
export function CopyButton({ value, label, copied, failed }: Props) {
  const [ready, setReady] = useState(false);
  const [state, setState] = useState<'idle' | 'done' | 'failed'>('idle');
  useEffect(() => setReady(true), []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setState('done');
    } catch {
      setState('failed');
    }
  }

  return (
    <button
      type="button"
      hidden={!ready}
      onClick={copy}
      className="no-print ml-2 rounded border border-gray-400 px-2 py-0.5 text-sm hover:bg-gray-100 dark:hover:bg-gray-800"
    >
      {label}
      <span role="status" className="sr-only">
        {state === 'done' ? copied : state === 'failed' ? failed : ''}
      </span>
      {state !== 'idle' && <span aria-hidden="true"> · {state === 'done' ? copied : failed}</span>}
    </button>
  );
}
