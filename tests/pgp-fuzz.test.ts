/**
 * Property (fuzz) tests of the verification engine with a fixed seed: hostile inputs give
 * `unreadable` (never an exception or a hang), damage never gives `valid`. The properties are
 * in tests/pgp-fuzz-properties.ts; `npm run fuzz:pgp -- --runs 20000` runs them longer.
 */
import { test } from 'node:test';
import fc from 'fast-check';
import { checkHuge, HUGE, PROPERTIES, SEED } from './pgp-fuzz-properties';

for (const { name, runs, property } of PROPERTIES) {
  test(name, async () => {
    await fc.assert(property, { seed: SEED, numRuns: runs });
  });
}

for (const c of HUGE) test(`huge: ${c.name} is unreadable in bounded time`, async () => void (await checkHuge(c)));
