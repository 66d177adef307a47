import { describe, it, expect } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

// Passages written for these tests: police and naval ranks abbreviated with a full stop before a name.
describe('"Supt.", "Insp." and "Cdr." before a name', () => {
  it('does not end the sentence at the abbreviation, so the name after it is the credit', () => {
    expect(speakersByStart(['"The pier stays shut," Supt. Joan Pelletier said.']).get('The pier')).toBe('Joan Pelletier');
    expect(speakersByStart(['"The pier stays shut," Insp. Ramil Baduria said.']).get('The pier')).toBe('Ramil Baduria');
    expect(speakersByStart(['"The pier stays shut," Cdr. Mateo Ruelas said.']).get('The pier')).toBe('Mateo Ruelas');
  });
  it('reads the name after an abbreviated title the tagger splits from its stop, before "of" a body', () => {
    expect(speakersByStart(['"The pier stays shut," Supt. Joan Pelletier of the Harbour Police said.']).get('The pier')).toBe('Joan Pelletier');
    expect(speakersByStart(['"The pier stays shut," Usec. Marisol Venturo of the Dorran Ports Office said.']).get('The pier')).toBe('Marisol Venturo');
  });
});
