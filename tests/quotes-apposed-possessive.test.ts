import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('credits the owner with words set right after "Y\'s phrase" or "Y\'s words," inside another\'s sentence', () => {
  const got = speakers([
    'Skipper Anneli Varhaug told the crew that the sea was "too wild today." Deckhand Tobias Quarrie was on board.',
    'Quarrie said Varhaug\'s phrase "too wild today" still rings in his ears.',
    'Quarrie said Varhaug\'s words, "hold on to the rail," saved his life.',
    'After Varhaug\'s warning, "we stayed below deck," Quarrie said.',
  ]);
  expect(got.get('too wild today')).toBe('Anneli Varhaug');
  expect(got.get('hold on to the rail')).toBe('Anneli Varhaug');
  expect(got.get('we stayed below deck')).toBe('Tobias Quarrie');
});

it('reads no verb of speaking in a noun after a possessive opening a fronted phrase', () => {
  const got = speakers([
    'Skipper Anneli Varhaug spoke to the crew on Monday. Deckhand Tobias Quarrie listened.',
    'After Varhaug\'s remarks, "the mood changed completely," Quarrie said.',
  ]);
  expect(got.get('the mood changed completely')).toBe('Tobias Quarrie');
});

it('leaves a possessive a preposition governs, or words that are the noun\'s predicate, to the sentence\'s own reading', () => {
  const got = speakers([
    'Mayor Ivor Langstaff spoke on Monday. Councillor Berit Solheim answered him.',
    'Solheim told reporters that Langstaff\'s comments "show contempt for the voters."',
    'Solheim recalled what she had said last year about Langstaff\'s phrase "a leaner city."',
    'Solheim, who has called Langstaff\'s remarks "deeply cynical," left the chamber.',
  ]);
  expect(got.get('deeply cynical')).toBe('Berit Solheim');
  expect(got.get('show contempt for the voters')).toBe('Berit Solheim');
  expect(got.get('a leaner city')).not.toBe('Ivor Langstaff');
});
