import { expect, it } from 'vitest';
import { speakersByWholeQuote } from './helpers/quotes.ts';

/** Each quote's words and the speaker credited with it. */
const speakers = (paras: string[]) => speakersByWholeQuote(paras, 'p', '2024-02-01');

it('gives the pronoun of a clause joined by "but" or "and" to the subject of its sentence, over one named before', () => {
  const got = speakers([
    'Han Jong Su arrived on Tuesday. "We are here," Han said.',
    'Han brought his adviser and senior officers. His sister, Han Sun Ok, also made the trip. Han Sun Ok, who often speaks for the party, did not speak publicly during the visit, but a week earlier she had said in a statement that the warnings were "a pack of lies."',
  ]);
  expect(got.get('a pack of lies.')).toBe('Han Sun Ok');
});

it('does not when another person is named in the sentence before the pronoun', () => {
  const got = speakers([
    'Han Jong Su arrived on Tuesday. "We are here," Han said.',
    'Han brought his adviser and senior officers. Han Sun Ok told Jarek Molnar nothing during the visit, but a week earlier she had said in a statement that the warnings were "a pack of lies."',
  ]);
  expect(got.get('a pack of lies.')).not.toBe('Han Sun Ok');
});

it('credits nobody when the sentence names, before the pronoun, another person of untold gender', () => {
  const got = speakers([
    'Han Jong Su arrived on Tuesday. "We are here," Han said.',
    'Han Jong Su met Lee Min Seo in Busan, but a day later she said the talks had been "a waste of time."',
  ]);
  expect(got.get('a waste of time.')).toBeNull();
});
