'use client';

import { useEffect, useState } from 'react';

/** The date the sheet is printed, in the reader's language and clock; set when the page runs and again just before printing. */
export function PrintDate({ lang, label }: { lang: string; label: string }) {
  const [date, setDate] = useState('');
  useEffect(() => {
    const update = () => setDate(new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(new Date()));
    update();
    window.addEventListener('beforeprint', update);
    return () => window.removeEventListener('beforeprint', update);
  }, [lang]);
  return date ? <span data-testid="print-date">{label} {date}</span> : null;
}
