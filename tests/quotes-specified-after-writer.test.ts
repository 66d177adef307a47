import { describe, expect, it } from 'vitest';
import { specifiedAfterWriter } from '../src/quotes/specified-name.ts';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests, with invented people and places: a first-person feature whose writer's own
// clause is joined by "but" to a specificational one naming who said something first.
describe('"I heard it ..., but the first person to say it to me was NAME"', () => {
  it('reads the name after the writer\'s clause, not after anyone else\'s', () => {
    expect(specifiedAfterWriter('I heard this line three times in Vellin that week, but the first person to say it to me was Irina Volst, a sinologist.')?.name).toBe('Irina Volst');
    expect(specifiedAfterWriter('Tom Roe heard it often, but the first to say it was Irina Volst.')).toBeNull();
  });
  it('the "she said" in the next paragraph is hers', () => {
    const got = speakersByQuote([
      'In Vellin, three hours north by the slow train, the rumours were better dressed.',
      'I heard this line three times in Vellin that week, but the first person to say it to me was Irina Volst, a sinologist at the Vellin Institute who has been visiting the North since the 1990s.',
      '"That is too cynical," she said. "It is also a pilgrimage."',
    ]);
    expect(got.get('That is too cynical')).toBe('Irina Volst');
  });
});
