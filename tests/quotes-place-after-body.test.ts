import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a place after a body's capitalised name ("the Norland Embassy in Dao Ninh")
// is where the body sits, and the body hangs on the common noun before it; the place, two capitalised words
// the lexicon does not know, is no person.
describe('a place after a body that hangs on a common noun', () => {
  it('`An official at the Norland Embassy in Dao Ninh, who asked not to be named, said ... "..."` is the official\'s', () => {
    const paras = ['An official at the Norland Embassy in Dao Ninh, who asked not to be named, said the talks had been "a courtesy call between old friends."'];
    expect(speakerOf(paras, 'courtesy call')?.toLowerCase()).toBe('an official at the norland embassy in dao ninh');
  });
  it('so with no clause set off before the verb', () => {
    const paras = ['A clerk at the Velmar Consulate in Port Asha said the office would stay "open as usual."'];
    expect(speakerOf(paras, 'open as usual')?.toLowerCase()).toBe('a clerk at the velmar consulate in port asha');
  });
  it('a body opening the sentence still speaks itself', () => {
    const paras = ['The Norland Embassy in Dao Ninh said the visit was "long planned."'];
    expect(speakerOf(paras, 'long planned')).toBe('the Norland Embassy in Dao Ninh');
  });
  it('a named person before a clause naming her workplace still speaks', () => {
    const paras = ['Mara Olsen, who works at the Norland Embassy in Dao Ninh, said the visit was "routine."'];
    expect(speakerOf(paras, 'routine')).toBe('Mara Olsen');
  });
});
