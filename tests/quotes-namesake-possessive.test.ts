import { describe, expect, it } from 'vitest';
import { namesakeOwnerSex } from '../src/quotes/namesake-possessive.ts';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests, with invented people and places: two unrelated people of one surname, a
// woman and a man, and a bare surname credited right after a sentence opening on "Her namesake" / "His namesake".
describe('"Her namesake in PLACE laughed. "...," SURNAME said.": the other bearer of the surname', () => {
  it('is the man of that surname, not the woman at hand', () => {
    const got = speakersByQuote([
      '"We will decide this week," Marit Holmgren, the deputy mayor of Vessby, told reporters.',
      'Per Holmgren, a ferry captain who is no relation, said the town was "asleep at the wheel."',
      'Later the deputy mayor said the council would act "without delay." Her namesake on the quay laughed when told of it. "Without delay means next spring," Holmgren said.',
    ]);
    expect(got.get('We will decide this week')).toBe('Marit Holmgren');
    expect(got.get('asleep at the wheel')).toBe('Per Holmgren');
    expect(got.get('Without delay means next spring')).toBe('Per Holmgren');
  });
  it('is the woman of that surname after "His namesake", the man being at hand', () => {
    const got = speakersByQuote([
      'Tomas Edvall, a harbour pilot in Lunde, has no relation to the councillor Anna Edvall.',
      '"The channel is too shallow for the new ferries," Tomas Edvall said. "Everyone here knows it."',
      'His namesake at the town hall did not agree. "We dredged it last year," Edvall said.',
    ]);
    expect(got.get('The channel is too shallow for the new ferries')).toBe('Tomas Edvall');
    expect(got.get('We dredged it last year')).toBe('Anna Edvall');
  });
});

describe('namesakeOwnerSex', () => {
  it('reads the possessive opening the sentence, and nothing else', () => {
    expect(namesakeOwnerSex('Her namesake in Lunde laughed.')).toBe('f');
    expect(namesakeOwnerSex('But his namesake was not convinced.')).toBe('m');
    expect(namesakeOwnerSex('Their namesake laughed.')).toBeNull();
    expect(namesakeOwnerSex('The namesake of the square laughed.')).toBeNull();
  });
});
