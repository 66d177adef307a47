import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests (invented people and places): a quote alone opening its paragraph, then
// 'That was how DESCRIPTION summed up ...': the sentence after says who put the words so, someone only described,
// so the words do not go on from the speaker of the paragraph before.
describe('"That was how SOMEONE summed up ..." after a lone quote', () => {
  it('a described source: the quote is not the speaker of the paragraph before', () => {
    const got = speakersByQuote([
      'Asked whether Delvar would act, official spokesperson Kiran Oskan said: "We discuss all issues with our partners."',
      '"Delvar does not choose between friends." That was how one senior diplomat summed up the position on Thursday.',
    ]);
    expect(got.get('Delvar does not choose between friends')).not.toBe('Kiran Oskan');
  });

  it('"put it" likewise', () => {
    const got = speakersByQuote([
      'Asked whether Delvar would act, official spokesperson Kiran Oskan said: "We discuss all issues with our partners."',
      '"Nobody here is in a hurry." That is how a source close to the talks put it.',
    ]);
    expect(got.get('Nobody here is in a hurry')).not.toBe('Kiran Oskan');
  });
});
