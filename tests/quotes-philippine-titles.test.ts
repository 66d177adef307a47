import { describe, it, expect } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

// Passages written for these tests: a Philippine report's abbreviated titles before a name.
describe('"Usec.", "Asec." and "Atty." before a name', () => {
  it('does not end the sentence at the abbreviation, so the name after it is the credit', () => {
    expect(speakersByStart(['"The levee will hold," Usec. Arturo P. Lindo said in Filipino.']).get('The levee')).toBe('Arturo P. Lindo');
    expect(speakersByStart(['"The levee will hold," Asec. Marites Q. Dalisay said.']).get('The levee')).toBe('Marites Q. Dalisay');
    expect(speakersByStart(['"The levee will hold," said Atty. Ramil B. Ocampo, the agency spokesperson.']).get('The levee')).toBe('Ramil B. Ocampo');
  });
  it('keeps the title out of the name after an office word', () => {
    expect(speakersByStart(['"The levee will hold," Public Works Usec. Arturo P. Lindo said.']).get('The levee')).toBe('Arturo P. Lindo');
  });
});
