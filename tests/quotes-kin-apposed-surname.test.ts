import { describe, it, expect } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';
import { apposedKin, introducedKin } from '../src/quotes/kin-apposed-surname.ts';

// Passages written for these tests: a bare surname set off by a kin description ("Marvet, the widow,") among two
// women of that surname is the one the text brought in with that word of kin ("his widow, Lidia Marvet"), not the
// daughter named since.
describe('a bare surname set off by a kin description', () => {
  it('reads the word of kin set off and the one introducing a name', () => {
    expect(apposedKin('Marvet, the widow, said he was tired.', 'Marvet')).toBe('widow');
    expect(apposedKin('Marvet, the pilot, said he was tired.', 'Marvet')).toBeNull();
    expect(introducedKin('"He sang every day," his widow, ')).toBe('widow');
    expect(introducedKin('said the mayor, ')).toBeNull();
  });
  const paras = [
    'Anton Marvet, a retired ferry captain, has died at 84.',
    '"He sang every day," his widow, Lidia Marvet, told the paper.',
    'His daughter, Sabina Marvet, a nurse, said he had been calm. "He knew it was time," she said.',
  ];
  it('gives the credit "SURNAME, the widow," to the widow', () => {
    const q = speakersByQuote([...paras, '"His jokes were terrible to the end," Marvet, the widow, said.']);
    expect(q.get('His jokes were terrible to the end')).toBe('Lidia Marvet');
  });
  it('gives the pronoun after "SURNAME, the widow, said ..." to the widow', () => {
    const q = speakersByQuote([...paras, 'Marvet, the widow, said he had grown thin. "His jokes were terrible to the end," she said.']);
    expect(q.get('His jokes were terrible to the end')).toBe('Lidia Marvet');
  });
});
