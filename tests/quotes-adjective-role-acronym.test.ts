import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { parseSubjectPhrase } from '../src/quotes/speaker-phrases.ts';

// Passages written for these tests: invented people and outlets.
// '"...," the furious MP told OUTLET.': a determiner, lowercase words and a role in capitals describe one person,
// read back to the MP the text named as "the MP" is.
it('reads "the furious MP" as a description of one person', () => {
  expect(parseSubjectPhrase('the furious MP')).toMatchObject({ type: 'description', head: 'mp', definite: true });
  expect(parseSubjectPhrase('an exhausted CEO')).toMatchObject({ type: 'description', head: 'ceo', definite: false });
});

it('ties "the furious MP" to the MP named before', () => {
  const paras = ['But Tory MP Sir Alan Corrigan blasted the deal as "a fire sale."', '"The man is desperate," the furious MP told the Beacon.'];
  expect(speakerOf(paras, 'The man is desperate')).toBe('Sir Alan Corrigan');
});
