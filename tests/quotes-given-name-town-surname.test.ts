import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (a probe crime report, session 35): a given name the lexicon tags as
// nothing ("Dawn", "Joy") before a surname it has as a town ("Pickering", "Hastings") names a person, so a
// "she said" after her sentence is hers, not an official's quoted two paragraphs before.
describe('a given name and a surname that is also a town', () => {
  it('"Local councillor Dawn Pickering said ... "...," she said."', () => {
    const paras = [
      'A police spokesperson said the cordon would stay. "Officers will remain at the scene," the spokesperson said.',
      'The owner of the cafe, Mehmet Aydin, said he had heard shouting. "I ran outside," he said.',
      'Local councillor Dawn Pickering said the estate was in shock. "Children play on this street," she said.',
    ];
    expect(speakerOf(paras, 'Children play on this street')).toBe('Dawn Pickering');
  });
  it('"Joy Hastings said ... "...," she said."', () => {
    const paras = [
      'A council spokeswoman said the library would close. "The building is unsafe," the spokeswoman said.',
      'Joy Hastings said readers were angry. "We were never asked," she said.',
    ];
    expect(speakerOf(paras, 'We were never asked')).toBe('Joy Hastings');
  });
});
