import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people): a source known by a first name alone, set off with a
// who-clause as the sentence's subject, is the "she"/"he" of the quote after, as "Marta, 80," is.
describe('a first name alone set off with a who-clause', () => {
  it('"Marta, who is 80 and lives alone by the church, had heard it" is the "she" after', () => {
    expect(speakerOf(['Marta, who is 80 and lives alone by the church, had heard it on the news. "I do not know where it is," she told me while she cooked.'], 'I do not know')).toBe('Marta');
  });
  it('"Pavlo, who runs the ferry, shrugged" is the "he" after', () => {
    expect(speakerOf(['Pavlo, who runs the ferry, shrugged. "The river does not care," he said.'], 'The river does not care')).toBe('Pavlo');
  });
});
