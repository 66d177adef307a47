import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages invented for these tests (an invented couple, a town and a councillor): a "she" or "he" right after a
// sentence that opens on a relative owned by a named person ("Pryle's wife was not finished either.") and says how
// that relative stood or that they spoke up is that relative: the one the text named so, else the description.
describe('a pronoun after "SURNAME\'s KIN" set up to speak', () => {
  it('gives the words to the wife the text named as his wife', () => {
    const paras = [
      'Thomas Pryle, a retired teacher in Voskel, said the summit was "a circus for grown men."',
      'His wife, Odile Pryle, who runs the bakery on the square, was just as blunt.',
      'Councillor Nessa Brandt said the meeting was "long overdue".',
      'Pryle, 71, said the council should act.',
      "Pryle's wife was not finished either.",
      '"My husband has been saying this for a year," she said. "Now perhaps someone will listen."',
    ];
    expect(speakerOf(paras, 'My husband')).toBe('Odile Pryle');
    expect(speakerOf(paras, 'someone will listen')).toBe('Odile Pryle');
  });
  it('gives them to the relative as described when the text never named her', () => {
    const paras = ['Thomas Pryle, a retired teacher, said the summit was "a circus for grown men."', "Pryle's sister, though, was more blunt.", '"They are both liars," she said.'];
    expect(speakerOf(paras, 'both liars')).toBe("Pryle's sister");
  });
  it('gives no one when the sentence only tells what befell the relative', () => {
    const paras = ['Thomas Pryle, a retired teacher, said the summit was "a circus for grown men."', "Pryle's daughter died in the flood.", '"She was everything to us," she said.'];
    expect(speakerOf(paras, 'everything to us')).toBeNull();
  });
  it('gives no one when the relative\'s sex is not the pronoun\'s', () => {
    const paras = ['Odile Pryle, a baker, said the summit was "a circus for grown men."', "Pryle's husband was not finished either.", '"They are both liars," she said.'];
    expect(speakerOf(paras, 'both liars')).not.toBe("Pryle's husband");
  });
});
