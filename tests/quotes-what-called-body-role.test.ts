import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names and bodies): "which/what NAME calls" with the name's role
// written after the capitalised body the person serves ("Linden University historian Piet Lund").
describe('"which BODY role NAME calls "..."" is the one named', () => {
  it('a relative clause after a noun', () => {
    const paras = ['Containment is tied to the party\'s record, which Linden University historian Piet Lund calls "a keel of our civic life."'];
    expect(speakerOf(paras, 'a keel of our civic life')).toBe('Piet Lund');
  });

  it('set off inside the clause it describes', () => {
    const paras = ['The harbour plan, which Norland Ferry Board member Anna Berg calls "a promise to the coast," is late.'];
    expect(speakerOf(paras, 'a promise to the coast')).toBe('Anna Berg');
  });

  it('a plural of people after the body names no one: a label', () => {
    const paras = ['The hall, which Linden University students call "the Box," is closed.'];
    expect(speakerOf(paras, 'the Box')).toBeNull();
  });

  it('two joined by "and" leave it to neither alone', () => {
    const paras = ['The hall, which Mayor Piet Lund and aide Jo Kask called "the Box," is closed.'];
    expect(speakerOf(paras, 'the Box')).not.toBe('Jo Kask');
  });
});
