'use client';

import { useEffect, useState } from 'react';

/** The reader's clock, ticking every minute; null until the page runs in a browser (the server cannot know the time of reading). */
export function useNow(): Date | null {
  const [now, setNow] = useState<Date | null>(null);
  useEffect(() => {
    setNow(new Date());
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
