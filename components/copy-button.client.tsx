'use client';

import { useState } from 'react';

/** `builtFor`: the site URL the value was written with; its origin is swapped for the one the page is served from. */
type Props = { value: string; label: string; copied: string; failed: string; builtFor?: string };

/** The value with the build-time origin replaced by this page's own (a mirror or a preview copies its own addresses). */
export function servedValue(value: string, builtFor: string | undefined, servedOrigin: string): string {
  return builtFor ? value.replaceAll(new URL(builtFor).origin, servedOrigin) : value;
}

/**
 * A copy button that exists only where it can work: `js-only` hides it when
 * JavaScript is off (public/nojs.css), so such a reader just selects the text.
 * It is in the page from the start, so nothing moves when the script arrives.
 */
export function CopyButton({ value, label, copied, failed, builtFor }: Props) {
  const [state, setState] = useState<'idle' | 'done' | 'failed'>('idle');

  async function copy() {
    try {
      await navigator.clipboard.writeText(servedValue(value, builtFor, location.origin));
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
