import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Invented sentences: a teller says that a country or body "has asked" (or "urged") others to do what the quote
// says; the request is reported in the teller's words, so the quote is the teller's, not the country's.
describe('a request inside the "that" clause of a verb of saying', () => {
  it('"NAME adds that PLACE has asked partners to "..."" is the teller\'s', () => {
    const paras = [
      'Foreign ministry spokeswoman Ilse Vantorp says the talks showed Borlava "is running out of friends".',
      'Vantorp adds that Quessland has asked partners to "tighten, not loosen" the rules on grain exports.',
    ];
    expect(speakerOf(paras, 'tighten, not loosen')).toBe('Ilse Vantorp');
  });
  it('"urged the allies to" too', () => {
    expect(speakerOf(['Ilse Vantorp said that Quessland had urged the allies to "hold the line" this winter.'], 'hold the line')).toBe('Ilse Vantorp');
  });
  it('a request with no teller before it stays the asker\'s', () => {
    expect(speakerOf(['Quessland has asked partners to "tighten, not loosen" the rules on grain exports.'], 'tighten, not loosen')).toBe('Quessland');
  });
  it('a list\'s line after a line with no full stop', () => {
    const para = '- Spokeswoman Ilse Vantorp says the talks showed Borlava "is running out of friends"\n- Vantorp adds that Quessland has asked partners to "tighten, not loosen" the rules on grain exports.';
    expect(speakerOf([para], 'tighten, not loosen')).toBe('Ilse Vantorp');
  });
});
