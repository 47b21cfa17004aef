/**
 * Bounded concurrency: at most `limit` tasks of a limiter run at once, the
 * others wait in order. One limiter bounds all requests, one per host name
 * keeps any single server from being flooded.
 */
export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

export function limiter(limit: number): Limiter {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    // A finishing task hands its slot straight to the next waiter, so no newcomer slips in between.
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    else running++;
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}

/** One limiter per key (host name), made on first use. */
export function keyedLimiter(limit: number): (key: string) => Limiter {
  const limiters = new Map<string, Limiter>();
  return (key) => {
    let entry = limiters.get(key);
    if (!entry) limiters.set(key, (entry = limiter(limit)));
    return entry;
  };
}
