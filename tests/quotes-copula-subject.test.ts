import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

/** The speaker credited with the quote opening with each words given (undefined when no such quote). */
const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-02-01');

it('gives "he said" to the full name a copula sentence before the quote is about', () => {
  const got = speakers(['Oskar Lindqvist was never a keen sailor. “The sea frightened me as a boy,” he said.']);
  expect(got.get('The sea frightened')).toBe('Oskar Lindqvist');
});

it('leaves "he" open past a family name alone when the text has named two of the family', () => {
  const got = speakers([
    'Tove Marklund, a harbour pilot, died on Monday. Her husband, Arne Marklund, said she had been ill.',
    'Their son, Erik Marklund, a surveyor, says she phoned him every week.',
    'Erik Marklund was not always an easy son. “I thought the harbour was her real family,” he said.',
    'The port authority said in a statement that Marklund had been “the calmest pilot on the coast.” The town said it would name a quay after her.',
    'In his last years he rarely went down to the water. Asked whether he missed it, he laughed. “Only on windy days,” he said.',
  ]);
  expect(got.get('I thought the harbour')).toBe('Erik Marklund');
  expect(got.get('Only on windy days')).toBeNull();
});
