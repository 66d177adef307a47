import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests (invented people and places): a lone quote, then a sentence naming its source
// as someone only described ("That was how one senior diplomat summed up ...", "That line came from a retired
// diplomat I interviewed ..."): the words are that one's.
describe('a described source in the sentence after a lone quote', () => {
  it('"That was how one DESCRIPTION summed up ..."', () => {
    const got = speakersByQuote([
      'Asked whether Delvar would act, official spokesperson Kiran Oskan said: "We discuss all issues with our partners."',
      '"Delvar does not choose between friends." That was how one senior diplomat summed up the position on Thursday.',
    ]);
    expect(got.get('Delvar does not choose between friends')).toBe('one senior diplomat');
  });

  it('"That line came from a DESCRIPTION I interviewed ..."', () => {
    const got = speakersByQuote([
      'I met many officials in Harlow that winter.',
      '"The photograph is the policy." That line came from a retired Velmoran diplomat I interviewed in Harlow in 2018.',
    ]);
    expect(got.get('The photograph is the policy')).toBe('a retired Velmoran diplomat');
  });
});
