import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names): two people of one surname, a woman and a man; a bare surname
// opening a sentence whose own clause of time or manner has "she" (or "he") as its subject is the one of that sex.
describe('a bare shared surname told apart by the pronoun of its own clause', () => {
  const paras = ['Host Ada Vos opened the show with the news from the harbour.', 'Next on the line was Tom Vos, a baker and no relation to the host. "Bread is up again," he said.'];
  it('"Vos closed the show as she always does:" is the woman', () => {
    expect(speakerOf([...paras, 'Vos closed the show as she always does: "Stay warm, and call your sister."'], 'Stay warm, and call your sister.')).toBe('Ada Vos');
  });
  it('"Vos signed off, as he always does:" is the man, though the woman spoke last', () => {
    expect(speakerOf(['Tom Vos, a baker and no relation to the host, stayed on the line.', 'Host Ada Vos thanked her guests. "Thank you all," she said.', 'Vos signed off, as he always does: "Bread will be dearer."'], 'Bread will be dearer.')).toBe('Tom Vos');
  });
});
