import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

it('reads "NAME (no relation), noted that ..." as if the parenthesis were not there', () => {
  const paragraphs = [
    'An engineer for the canal board, Mr. Piet Vos, said the old lock was "worn out".',
    'The board\'s inspector, Ms. Lotte Vos (no relation), noted in reply that the Board\'s own survey "found no fault".',
  ];
  expect(speakerOf(paragraphs, 'found no fault')).toBe('Lotte Vos');
});
