'use client';

import { useState } from 'react';

type Props = { value: string; label: string; copied: string; failed: string };

/**
 * A copy button that exists only where it can work: `js-only` hides it when
 * JavaScript is off (public/nojs.css), so such a reader just selects the text.
 * It is in the page from the start, so nothing moves when the script arrives.
 */
export function CopyButton({ value, label, copied, failed }: Props) {
  const [state, setState] = useState<'idle' | 'done' | 'failed'>('idle');

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
      onClick={copy}
      className="js-only no-print ml-2 rounded border border-gray-400 px-2 py-0.5 text-sm hover:bg-gray-100 dark:hover:bg-gray-800"
    >
      {label}
      <span role="status" className="sr-only">
        {state === 'done' ? copied : state === 'failed' ? failed : ''}
      </span>
      {state !== 'idle' && <span aria-hidden="true"> · {state === 'done' ? copied : failed}</span>}
    </button>
  );
}
