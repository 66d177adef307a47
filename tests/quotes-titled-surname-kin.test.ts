import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// A holder of a surname the text calls only by a title ("Mrs. Dala") beside one of the same surname it names in
// full as someone's kin ("her daughter, Anna Dala"): two people, and a bare surname may be either.
describe('a titled surname and a namesake brought in as kin', () => {
  it('leaves an untitled bare surname to nobody', () => {
    expect(speakerOf(['Mrs. Dala said her daughter, Anna Dala, had left for the city in May.', '"She was never coming back," Dala said.'], 'never coming')).toBeNull();
    expect(speakerOf(['Mr. Dala said his son, Tomas Dala, had left for the city in May.', '"He was never coming back," Dala said.'], 'never coming')).toBeNull();
  });

  it('does not merge "her mother, Mrs. Dala" with the daughter named in full before', () => {
    expect(speakerOf(['Anna Dala left for the city in May, her mother, Mrs. Dala, said.', '"She was never coming back," Mrs. Dala said.'], 'never coming')).not.toBe('Anna Dala');
  });

  it('still gives a bare surname to the one named in full when no titled namesake is there', () => {
    expect(speakerOf(['Piet Dala said his daughter, Anna Dala, had left for the city in May.', '"She was never coming back," Dala said.'], 'never coming')).toBe('Piet Dala');
  });
});
