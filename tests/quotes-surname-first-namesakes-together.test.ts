import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Two people named surname first ("Lim Dae-ho", "Lim Ha-eun") whom one sentence brings in together share their
// first word, the surname; the check for two forms of one name compared first words and took them for one person,
// so a bare "Lim" went to the one named last. Their given names tell them apart: the bare surname goes to neither.
describe('surname-first namesakes brought in together', () => {
  it('a bare surname after two namesakes named surname first in one sentence credits no one', () => {
    const got = speakersByQuote([
      'Lim Dae-ho, the trade minister, and Lim Ha-eun, a city councillor, both attended the meeting in Daejeon.',
      '"We will sign nothing today," Lim was quoted as saying.',
    ]);
    expect(got.get('We will sign nothing today')).toBeNull();
  });

  it('nor does a role subject of no Lim\'s own before it settle which', () => {
    const got = speakersByQuote([
      'Lim Dae-ho, the trade minister, and Lim Ha-eun, a city councillor, both attended the meeting in Daejeon.',
      'The ministry\'s spokesman, for his part, told reporters the meeting was going well. "We will sign nothing today," Lim was quoted as saying.',
    ]);
    expect(got.get('We will sign nothing today')).toBeNull();
  });

  it('one Lim named alone is still the bare surname', () => {
    const got = speakersByQuote([
      'Lim Dae-ho, the trade minister, arrived in Daejeon on Monday.',
      '"We will sign nothing today," Lim was quoted as saying.',
    ]);
    expect(got.get('We will sign nothing today')).toBe('Lim Dae-ho');
  });

  it('one name in two forms, given name first, is still one person', () => {
    const got = speakersByQuote([
      'Omar Haddad, the port director, and Omar al-Haddad, as the press sometimes calls him, are the same man.',
      '"The cranes are ready," Haddad said.',
    ]);
    expect(got.get('The cranes are ready')).not.toBeNull();
  });
});
