// fast-check as the tests see it under `npm run mutation`: every property runs at most 20 times. The fuzz and
// property tests run thousands of cases in ~10 s, and they cover nearly every mutant, so at full length a mutation
// run would take a day on 2 cores. `npm test` runs them in full.
import * as fc from '../node_modules/fast-check/lib/fast-check.js';

export * from '../node_modules/fast-check/lib/fast-check.js';

const MAX_RUNS = 20;
const cap = (params) => ({ ...params, numRuns: Math.min(params?.numRuns ?? 100, MAX_RUNS) });

export function assert(property, params) {
  return fc.assert(property, cap(params));
}
export function check(property, params) {
  return fc.check(property, cap(params));
}
export default { ...fc, assert, check };
