import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests, with invented people and places: a feature quotes someone by a description
// and names them paragraphs later by the same words ("The man in the green coat turned out to be NAME").
describe('a described speaker the text later says was someone named', () => {
  it('"said the man in the green coat" ... "The man in the green coat turned out to be NAME, ..."', () => {
    const got = speakersByQuote([
      'At the station cafe two men were arguing over their tea.',
      '"They will send the crates by rail," said the man in the green coat. "Everybody here knows it."',
      'The waitress brought more tea and nobody spoke for a while.',
      'The man in the green coat turned out to be Gregor Alm, a 58-year-old former customs inspector.',
    ]);
    expect(got.get('They will send the crates by rail')).toBe('Gregor Alm');
    expect(got.get('Everybody here knows it')).toBe('Gregor Alm');
  });
  it('not from other words: "The inspector turned out to be NAME" does not name "a man in a green coat"', () => {
    const got = speakersByQuote([
      '"They will send the crates by rail," said a man in a green coat.',
      'The inspector on duty turned out to be Gregor Alm, a former sailor.',
    ]);
    expect(got.get('They will send the crates by rail')).not.toBe('Gregor Alm');
  });
});
