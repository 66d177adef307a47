import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for this test: a possessed noun of speech whose owner's surname holds an apostrophe before a
// capital ("O'Dell's aside that ..."): the words are the owner's, as for any other surname.
describe('an owner\'s surname with an apostrophe', () => {
  it('"NAME O\'Dell\'s aside that ... "..."" is NAME O\'Dell', () => {
    expect(speakerOf(['Ann O’Dell’s aside that the crews were “well fed” drew laughs from the hall.'], 'well fed')).toBe('Ann O’Dell');
  });
  it('with a straight apostrophe too', () => {
    expect(speakerOf(["Ivo D'Souza's claim that the quay was \"never for sale\" went unanswered."], 'never for sale')).toBe("Ivo D'Souza");
  });
});
