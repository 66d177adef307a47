import { describe, it, expect } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';
import { nicknamesNamed } from '../src/quotes/nickname-mark.ts';

// Passages written for these tests: a nickname given in quotation marks inside a name, then the nickname alone as
// the credit; it is the person so named.
describe('a credit by the nickname alone', () => {
  const paras = [
    'Former Army captain Richard "Dickie" Hart, 61, said the plan was "a shambles."',
    '"The ministry is going round in circles," Dickie told the paper. "Nobody is in charge."',
  ];
  const by = speakersByOpening(paras);
  it('the nickname credit is the person named with it', () => {
    expect(by.get('The ministry is')).toBe('Richard Hart');
    expect(by.get('Nobody is in')).toBe('Richard Hart');
  });
  it('reads each nickname with its name, leaving out one two names share', () => {
    expect([...nicknamesNamed(['Richard "Dickie" Hart said so.'])]).toEqual([['Dickie', 'Richard Hart'], ['Dickie Hart', 'Richard Hart']]);
    const two = nicknamesNamed(['Richard "Dickie" Hart and Richard "Dickie" Lowe met.']);
    expect(two.has('Dickie')).toBe(false);
    expect(two.get('Dickie Lowe')).toBe('Richard Lowe');
  });
});

// The nickname with the surname as the credit is the same person, not a second speaker.
describe('a credit by the nickname and the surname', () => {
  const paras = [
    'Across the street at the Harbor Deli, owner Terrence "Terry" Vossel was watching the broadcast. "My uncle always said they would do this," Vossel said.',
    '"She is smarter than me," Terry Vossel said, laughing.',
  ];
  const by = speakersByOpening(paras);
  it('gives the words to the person named in full with the nickname', () => {
    expect(by.get('My uncle always')).toBe('Terrence Vossel');
    expect(by.get('She is smarter')).toBe('Terrence Vossel');
  });
});
