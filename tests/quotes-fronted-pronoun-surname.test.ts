import { describe, it, expect } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';
import { frontedPronounSex } from '../src/quotes/fronted-pronoun-surname.ts';

// Passages written for this test (invented people and places): two unrelated people of one surname, a woman and a
// man; "Asked whether he ..., SURNAME shrugged." tells by its "he" which of them the bare surname means.
describe('a bare surname of two namesakes after a fronted clause with a pronoun', () => {
  it('goes to the namesake of the pronoun\'s sex', () => {
    const by = speakersByOpening([
      'At the parish hall on Birch Street, Halyna Voronko was sorting boxes of gauze for a clinic near Sumy. "Every crate we send is a crate they need," Voronko said.',
      'Voronko, 58, has run the drive since 2014. Her daughter, Lesia, drives the van. "She knows every pothole," she said.',
      'Ostap Voronko — no relation — runs a hardware shop on Elm Avenue. He was blunter. "The war will not end this winter," he said. "That is the truth of it."',
      'Asked whether he worried about the winter, Voronko shrugged. "I worry every morning. A new ally for the Kremlin does not change that."',
    ]);
    expect(by.get('I worry every')).toBe('Ostap Voronko');
  });
  it('reads the pronoun of the fronted clause only', () => {
    expect(frontedPronounSex('Asked whether he worried, Voronko shrugged.', 'Voronko')).toBe('m');
    expect(frontedPronounSex('Asked about her plans, Voronko smiled.', 'Voronko')).toBe('f');
    // (Another name in the clause may be whom the pronoun means.)
    expect(frontedPronounSex('Asked whether Lind had told him, Voronko shrugged.', 'Voronko')).toBeNull();
    expect(frontedPronounSex('Voronko shrugged when he was asked.', 'Voronko')).toBeNull();
  });
});
