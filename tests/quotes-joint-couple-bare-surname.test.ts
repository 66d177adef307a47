import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names and places): a couple named jointly, "GIVEN and GIVEN2
// SURNAME", then a bare "SURNAME said" with nothing in the credit telling which of the two speaks: no one; a
// possessive in a participle after the credit (", filling his pipe") tells the sex.
describe('the bare surname of a couple named jointly', () => {
  it('after a fronted place, nothing telling which: no one', () => {
    const who = speakerOf(['In Varnholt, Ilse and Bertil Quandar keep goats above the village.', '"The goats gave good milk this spring," Quandar said.'], 'good milk');
    expect(who).toBeNull();
  });
  it('without a fronted place: no one', () => {
    const who = speakerOf(['Ilse and Bertil Quandar keep goats above the village.', '"The goats gave good milk this spring," Quandar said.'], 'good milk');
    expect(who).toBeNull();
  });
  it('the credit\'s "her" tells which: the woman, as before', () => {
    const who = speakerOf(['In Varnholt, Ilse and Bertil Quandar keep goats above the village.', '"The goats gave good milk this spring," Quandar said, wiping her hands.'], 'good milk');
    expect(who).toBe('Ilse Quandar');
  });
  it('the credit\'s "his" tells which: the man (the first named was taken before)', () => {
    const who = speakerOf(['In Varnholt, Ilse and Bertil Quandar keep goats above the village.', '"The goats gave good milk this spring," Quandar said, filling his pipe.'], 'good milk');
    expect(who).toBe('Bertil Quandar');
  });
  it('"told her" names the one spoken to, not the speaker: no one', () => {
    const who = speakerOf(['In Varnholt, Ilse and Bertil Quandar keep goats above the village.', '"The goats gave good milk this spring," Quandar told her.'], 'good milk');
    expect(who).toBeNull();
  });
  it('one of them named again as a subject since: the reading goes on with that one', () => {
    const who = speakerOf(['Ilse and Bertil Quandar keep goats above the village.', 'Bertil Quandar showed the stalls.', '"The goats gave good milk this spring," Quandar said.'], 'good milk');
    expect(who).toBe('Bertil Quandar');
  });
});

describe('a given name before a full name set off as one person', () => {
  it('"Tomas and Ilse Quandar, his neighbour," is no couple: the surname stays with her', () => {
    const who = speakerOf(['The quarrel between Tomas and Ilse Quandar, his neighbour, is about a fence. "It blocks the path," Quandar said.'], 'blocks the path');
    expect(who).toBe('Ilse Quandar');
  });
});
