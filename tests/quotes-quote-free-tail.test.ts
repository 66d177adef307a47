import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Paragraphs written for these tests (invented people and places): a paragraph that quotes someone and then ends
// on a sentence of reported speech by someone else, followed by a paragraph that opens on a bare full-sentence quote.

describe("the last sentence of the paragraph before, when it holds no quote, is the sentence before a paragraph's first quote", () => {
  it('gives the bare quote to the one the narration ending the paragraph before reports', () => {
    const got = speakersByQuote(['Ana Rostova called the ferry plan "a mess" on Monday. Ivo Vellmar said the plan was simple.', '"We have to do something before the winter comes."']);
    expect(got.get('We have to do something before the winter comes')).toBe('Ivo Vellmar');
  });

  it('reads it as a quote later in the same paragraph is read', () => {
    const got = speakersByQuote(['Ana Rostova called the ferry plan "a mess" on Monday. Ivo Vellmar said the plan was simple. "We have to do something before the winter comes."']);
    expect(got.get('We have to do something before the winter comes')).toBe('Ivo Vellmar');
  });

  it('after a credited quote earlier in the paragraph as well', () => {
    const got = speakersByQuote(['"We are ready," Ana Rostova said. Ivo Vellmar said the plan was simple.', '"We have to do something before the winter comes."']);
    expect(got.get('We have to do something before the winter comes')).toBe('Ivo Vellmar');
  });

  it('leaves the quote to no one when that last sentence reports no speech', () => {
    const got = speakersByQuote(['Ana Rostova called the ferry plan "a mess" on Monday. Ivo Vellmar stayed at home all week.', '"We have to do something before the winter comes."']);
    expect(got.get('We have to do something before the winter comes')).toBeNull();
  });

  it('goes on from the quote ending the paragraph before, as ever, when the last sentence holds it', () => {
    const got = speakersByQuote(['Ivo Vellmar said the plan was simple. Ana Rostova called it "a mess."', '"We have to do something before the winter comes."']);
    expect(got.get('We have to do something before the winter comes')).toBe('Ana Rostova');
  });
});

describe('the credit of a quote cut from it by its own stop is no narration of its own', () => {
  it("'\"...?\" NAME pressed.' ending the paragraph before does not make the asker the speaker of the answer", () => {
    const got = speakersByQuote([
      'Under cross-examination, the prosecutor Edda Lindqvist asked Tomas Brandel why he had used three company names.',
      '"Because my clients asked me to," Brandel answered.',
      '"Did you ask them why?" Lindqvist pressed.',
      '"No. In my trade, you do not ask why."',
    ]);
    expect(got.get('No. In my trade, you do not ask why')).not.toBe('Edda Lindqvist');
  });
});
