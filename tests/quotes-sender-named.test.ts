import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { senderNamed } from '../src/quotes/sender-named.ts';

// Passages written for these tests: one brought in only as the sender of a line, letter or message, the only
// person the sentence may name, is the "He said" / "She wrote" right after it.
describe('the sender of a line or letter, then a pronoun', () => {
  it('`There is a line going around from NAME at the BODY. He said ... "..."` is NAME\'s', () => {
    const paras = ['Dana, there is a line going around from Tomas Vellacourt at the Salt Ministry. He said the board would "not blink" over tariffs. Does that matter?'];
    expect(speakerOf(paras, 'not blink')).toBe('Tomas Vellacourt');
  });
  it('`In the drawer was a letter from NAME. She wrote: "..."` is NAME\'s', () => {
    const paras = ['In the drawer was a letter from Marta Ellison. She wrote: "We never asked for permission."'];
    expect(speakerOf(paras, 'never asked for permission')).toBe('Marta Ellison');
  });
  it('reads only a sender the sentence names alone', () => {
    expect(senderNamed('There is a line from Tomas Vellacourt at the ministry.')).toBe('Tomas Vellacourt');
    // (Another name before: the one who kept or read the letter may be meant.)
    expect(senderNamed('Ivo Brandt kept a letter from Tomas Vellacourt.')).toBeNull();
    // (Another name after it.)
    expect(senderNamed('There is a letter from Tomas Vellacourt to Ivo Brandt.')).toBeNull();
    // (A lone capitalised word after "from" is as often a place.)
    expect(senderNamed('There is a letter from Dorvik.')).toBeNull();
  });
});
