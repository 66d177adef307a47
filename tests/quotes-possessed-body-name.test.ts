import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences and bodies written for these tests: a spokesman "for" a body whose name a country's or city's
// possessive opens ("Norland's Ministry of Justice") in place of "the", before the verb of saying. The spokesman
// speaks, never the last capitalised word of the body's name.
describe('"A spokesman for Norland\'s Ministry of Justice said"', () => {
  it('before a colon', () => {
    const text = ['A spokesman for Norland\'s Ministry of Justice said: "We will read the ruling with care."'];
    expect(speakerOf(text, 'with care')).toBe("a spokesman for Norland's Ministry of Justice");
  });

  it('before a partial quote in a reported clause', () => {
    const text = ['A spokeswoman for Estmark\'s Ministry of Harbour Affairs said on Monday that the kingdom "asks every party to keep calm."'];
    expect(speakerOf(text, 'keep calm')).toBe("a spokeswoman for Estmark's Ministry of Harbour Affairs");
  });

  it('the body alone still speaks as itself', () => {
    const text = ['Norland\'s Ministry of Justice said: "The ruling stands."'];
    expect(speakerOf(text, 'ruling stands')).toBe("Norland's Ministry of Justice");
  });

  it('a person\'s possessive before a relative is no body\'s name', () => {
    const text = ['A friend of Mara Olsen\'s Uncle Piet said: "He was always kind."'];
    expect(speakerOf(text, 'always kind')).not.toBe('Piet');
  });
});
