import { describe, it, expect } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';
import { vocativePartner } from '../src/quotes/vocative-partner.ts';

// Passages written for these tests: a radio host's turn among several guests that turns to the next guest by name
// and quotes their own writing to them ("Professor Lind, you wrote that it was "..."") gives the words to that guest.
describe('a host quoting the guest addressed by name', () => {
  const paras = [
    'This is a transcript of a segment from Harbour Talk. It has been edited for length.',
    'NORA VESK (HOST): Good morning. With me is Tomas Brek, a retired harbour pilot.',
    'TOMAS BREK: Good morning, Nora.',
    'NORA VESK: Also with me is Ada Lind. She teaches shipping law. Professor Lind, you wrote this week that the toll was "a tax with a flag on it." What did you mean?',
    'ADA LIND: Well, nobody voted for it.',
    'NORA VESK: Tomas, a last word?',
    'TOMAS BREK: Pay it and move on.',
  ];
  it('the quoted words are the guest\'s who speaks next', () => {
    expect(speakersByOpening(paras).get('a tax with')).toBe('Ada Lind');
  });
  it('reads the vocative against the next turn\'s speaker', () => {
    const turns = [{ speaker: 'Nora Vesk', start: 0, end: 10, continued: false }, { speaker: 'Ada Lind', start: 0, end: 10, continued: false }];
    expect(vocativePartner(turns, 0, 'Professor Lind, you wrote this week that the toll was ')).toBe('Ada Lind');
    expect(vocativePartner(turns, 0, 'Professor Brek, you wrote this week that the toll was ')).toBeNull();
  });
});
