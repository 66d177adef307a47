import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: an "as she put it" aside set off inside the clause that holds the quote gives
// the words to the one "she" stands for, as "as Mara Olsen put it" gives them to her.
describe('"as he/she put it" set off inside the quote\'s clause', () => {
  it('`X joined in 1969, when, as she later put it, envoys were "..."` is X\'s', () => {
    const paras = ['Mara Olsen, a diplomat, died on Monday. She was 80.', 'Born in Tarnby in 1944, Olsen entered the service in 1969, when, as she later put it, female envoys were “a rare sight, like a cat that sings.”'];
    expect(speakerOf(paras, 'cat that sings')).toBe('Mara Olsen');
  });
  it('another verb of saying in the clause still keeps the aside out', () => {
    const paras = ['Jon Berg, a pilot, retired in May.', 'Berg said the airline, as he put it, had called the pilots “lazy.”'];
    expect(speakerOf(paras, 'lazy')).not.toBe('Jon Berg');
  });
  it('"as they put it" and "as it put it" stay unread', () => {
    const paras = ['The two clubs met in June.', 'The league, as they put it, was “a closed shop.”'];
    expect(speakerOf(paras, 'closed shop')).toBeNull();
  });
});
