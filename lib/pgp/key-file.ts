/**
 * Reading a key file for its facts (the build's team pages, the fuzz tests):
 * the keys, or the problem that stops them being read. A problem is not a
 * verdict: no signature was checked.
 */
import { keyFacts, type KeyFacts } from './key-facts';
import { readKeysInput, type InputProblem } from './inputs';
import { errorCause, errorText, loadOpenPGP } from './openpgp';

export type KeyFileResult = { ok: true; keys: KeyFacts[] } | { ok: false; problem: InputProblem };

/** Facts about every key of a key file (armored or binary, one key or several), as of `now`. */
export async function readKeyFacts(key: Uint8Array | string, options: { now?: Date } = {}): Promise<KeyFileResult> {
  const now = options.now && Number.isFinite(options.now.getTime()) ? options.now : new Date();
  try {
    const pgp = await loadOpenPGP();
    const keys = await readKeysInput(pgp, key);
    if (!keys.ok) return keys;
    return { ok: true, keys: await Promise.all(keys.value.map((k) => keyFacts(pgp, k, now))) };
  } catch (error) {
    return { ok: false, problem: { input: 'key', reason: 'unexpected-error', error: errorText(error), cause: errorCause(error) } };
  }
}
