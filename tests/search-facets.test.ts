import { test } from 'node:test';
import assert from 'node:assert/strict';
import { facetCounts } from '@/lib/search/facets';
import { readState } from '@/lib/search/url-state';

// Six teams: 0–2 in FR, 3–5 in BE; 0, 1, 3 commercial; 2, 4, 5 national; 1 and 4 are 24/7.
const files = {
  country: { FR: [0, 1, 2], BE: [3, 4, 5] },
  type: { commercial: [0, 1, 3], national: [2, 4, 5] },
  h24: { '24/7': [1, 4] },
};

test('with nothing typed or chosen, the counts are the directory totals', () => {
  const counts = facetCounts(readState(''), null, files);
  assert.deepEqual(counts.country, { FR: 3, BE: 3 });
  assert.deepEqual(counts.type, { commercial: 3, national: 3 });
});

test('a count is always "the teams you would get by adding this choice": the query and the other filters, not its own', () => {
  const counts = facetCounts(readState('?country=FR'), null, files);
  assert.deepEqual(counts.type, { commercial: 2, national: 1 }, 'within France');
  assert.deepEqual(counts.country, { FR: 3, BE: 3 }, 'the country filter itself still shows what each country would give');
  const typed = facetCounts(readState('?country=FR&type=commercial'), [1, 2, 4], files);
  assert.deepEqual(typed.h24, { '24/7': 1 }, 'team 1: typed, French, commercial and 24/7');
  assert.deepEqual(typed.country, { FR: 1, BE: 0 });
  assert.deepEqual(typed.type, { commercial: 1, national: 1 });
});
