/**
 * A longer fuzz run of the verification engine: the properties of tests/pgp-fuzz.test.ts
 * (tests/pgp-fuzz-properties.ts) with many more runs each, then the huge inputs.
 *
 *   npm run fuzz:pgp -- --runs 20000 [--seed S]
 *
 * --runs is the number of runs of each property (default 20000); --seed defaults to the CI
 * seed. A failure prints fast-check's counterexample and seed/path to replay it; exit code 1.
 */
import fc from 'fast-check';
import { checkHuge, HUGE, PROPERTIES, SEED } from '../tests/pgp-fuzz-properties';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i === -1) return fallback;
  const value = Number(process.argv[i + 1]);
  if (!Number.isSafeInteger(value) || value < 0) {
    console.error(`--${name} needs a whole number`);
    process.exit(2);
  }
  return value;
}
const runs = option('runs', 20000);
const seed = option('seed', SEED);
console.log(`fuzz:pgp: ${PROPERTIES.length} properties x ${runs} runs, seed ${seed}`);
const start = performance.now();
let failed = 0;
for (const { name, property } of PROPERTIES) {
  const t = performance.now();
  const details = await fc.check(property, { seed, numRuns: runs });
  const s = ((performance.now() - t) / 1000).toFixed(1);
  if (details.failed) {
    failed++;
    console.log(`FAIL ${name} (${s} s)\n${fc.defaultReportMessage(details)}`);
  } else console.log(`ok   ${name}: ${details.numRuns} runs, ${s} s`);
}
for (const c of HUGE) {
  try {
    console.log(`ok   huge: ${c.name}: ${Math.round(await checkHuge(c))} ms`);
  } catch (error) {
    failed++;
    console.log(`FAIL huge: ${c.name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
console.log(`${failed ? `${failed} FAILED` : 'all passed'} in ${((performance.now() - start) / 1000).toFixed(1)} s (runs ${runs}, seed ${seed})`);
process.exit(failed ? 1 : 0);
