/**
 * What the engine looks up for a parsed query (browser). A query is read one
 * or more ways (readings); a reading is a list of slots that must all match
 * (AND); a slot matches when any of its forms does (OR):
 *
 *   key     one slot: the hex token (identifiers only: "0xdead" does not find "deadline")
 *   email   one slot: the address token, or else its domain token
 *   domain  one slot: the domain token
 *   text    one slot per word: the word and its French and English stems;
 *           and, for several words, the words joined ("exo data" -> "exodata",
 *           "cyber assistance nantes" -> "cyberassistance" + "nantes"); and
 *           without the words the index leaves out of prose (STOP_WORDS); and
 *           with a word that begins with one of them cut ("csirtapixit")
 *
 * Every form is looked up as the beginning of an indexed word, so a word still
 * being typed already matches.
 */
import { MIN_WORD } from './index-format';
import { joinedRuns, type ParsedQuery } from './normalize';
import { stemsOf } from './stem';
import { STOP_WORDS } from './stop-words';
import { addressTokens } from './network';

/**
 * A word to look up; `stem` when it is a stem of what was typed (it then counts a little less);
 * `identifier` when only identifiers (key forms, addresses, domains) may match it.
 */
export type Form = { word: string; stem: boolean; identifier?: true };
export type Slot = Form[];
/** Slots that must all match; a team's score is the sum of its slots' scores divided by `per` (see readingsOf). */
export type Reading = { slots: Slot[]; per: number };

/** Queries with more words than this are read only as typed (the joined readings grow with the words). */
const MAX_JOINED_WORDS = 6;

const typed = (word: string): Form => ({ word, stem: false });
const slotOf = (word: string): Slot => [typed(word), ...stemsOf(word).map((s) => ({ word: s, stem: true }))];

/** A word that begins with a stop word, cut after it ("csirtapixit" -> "csirt", "apixit"); null when none begins it. */
function cutAfterStopWord(word: string): [string, string] | null {
  let head = '';
  for (const w of STOP_WORDS) if (w.length > head.length && word.startsWith(w) && word.length - w.length >= MIN_WORD) head = w;
  return head ? [head, word.slice(head.length)] : null;
}

/**
 * The readings of a query; none when it has no word long enough to search. Scores are
 * means over slots, so that a joined reading compares with the one typed ("met sys" read
 * as the whole name word "metsys" beats two words merely begun); the reading without
 * stop words divides by every word, so a team that also has them comes first.
 */
export function readingsOf(parsed: ParsedQuery): Reading[] {
  if (parsed.kind === 'empty' || parsed.terms.length === 0) return [];
  const reading = (words: string[], per = words.length): Reading => ({ slots: words.map(slotOf), per });
  // A word made by joining two typed ones is searched as is: its stems cut it anywhere ("santenantes" -> "santen").
  const joined = (words: string[], made: (w: string) => boolean): Reading => ({ slots: words.map((w) => (made(w) ? [typed(w)] : slotOf(w))), per: words.length });
  const identifiers = (words: string[]): Reading[] => [{ slots: [words.map((word) => ({ word, stem: false, identifier: true }))], per: 1 }];
  if (parsed.kind === 'key' || parsed.kind === 'asn') return identifiers(parsed.terms);
  if (parsed.kind === 'address') return identifiers(addressTokens(parsed.query) ?? []);
  if (parsed.kind !== 'text') return [{ slots: [parsed.terms.map(typed)], per: 1 }];
  const usable = parsed.terms.filter((t) => [...t].length >= MIN_WORD);
  const readings: Reading[] = usable.length ? [reading(usable)] : [];
  const meaningful = usable.filter((t) => !STOP_WORDS.has(t));
  if (meaningful.length > 0 && meaningful.length < usable.length) readings.push(reading(meaningful, usable.length));
  for (const [i, t] of usable.entries()) {
    const cut = cutAfterStopWord(t);
    if (cut) readings.push(reading([...usable.slice(0, i), ...cut, ...usable.slice(i + 1)]));
  }
  const terms = parsed.terms;
  if (terms.length < 2 || terms.length > MAX_JOINED_WORDS) return readings;
  // All the words joined, then each adjacent pair joined with the others kept apart.
  readings.push({ slots: [[typed(terms.join(''))]], per: 1 });
  if (terms.length > 2)
    for (let i = 0; i + 1 < terms.length; i++) {
      const pair = terms[i] + terms[i + 1];
      readings.push(joined([...terms.slice(0, i), pair, ...terms.slice(i + 2)].filter((t) => [...t].length >= MIN_WORD), (w) => w === pair));
    }
  return readings;
}

/** The words a card's fields are compared with to say why it matched: the typed words, their stems and their joined forms. */
export function reasonTerms(parsed: ParsedQuery): string[] {
  if (parsed.kind !== 'text') return parsed.terms;
  const cuts = parsed.terms.flatMap((t) => cutAfterStopWord(t) ?? []);
  return [...new Set([...parsed.terms, ...parsed.terms.flatMap(stemsOf), ...joinedRuns(parsed.terms, MAX_JOINED_WORDS), ...cuts])];
}
