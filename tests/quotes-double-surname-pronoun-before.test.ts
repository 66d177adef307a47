import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests (invented people and places): a woman of two surnames, then a kinsman whose one
// surname is her first, named in full in the sentence just before the bare surname, but as her kin ("Her uncle").
const opening = 'For Lucía Ferro Vidal, the old cannery is family history. Ferro Vidal, 49, now runs its museum in Marsa.';
describe('a bare first surname after a kinsman named in a sentence that speaks of her by a pronoun', () => {
  it('is no one when the sentence just before ties him to her ("Her uncle, NAME Ferro, ...")', () => {
    const got = speakersByQuote([opening, 'Her uncle, Ramón Ferro, died in 1979. "He taught me to mend the nets," Ferro recounts.']);
    expect(got.get('He taught me to mend the nets')).toBeNull();
  });
  it('is still the man named in full just before when nothing there points to her', () => {
    const got = speakersByQuote([opening, 'In Marsa, Ramón Ferro, a 70-year-old former skipper, remembers the cannery as "a loud place".', '"The women sang all day," Ferro recounts.']);
    expect(got.get('The women sang all day')).toBe('Ramón Ferro');
  });
});
