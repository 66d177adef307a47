import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: one person passing on another's words after a colon.
describe('words of someone else passed on after a colon are that someone\'s', () => {
  it('`recalled the last words of her husband, NAME: "..."`', () => {
    const paras = ['The widow, Joke Ruis, recalled the last words of her husband, Frank Ruis: "Look after the dog."'];
    expect(speakerOf(paras, 'Look after the dog')).toBe('Frank Ruis');
  });
  it('`quoted from a letter written by a pupil, NAME: "..."`', () => {
    const paras = ['The headmaster, Geert Lam, quoted from a letter written by a pupil, Nina Hop: "I like school when it is quiet."'];
    expect(speakerOf(paras, 'I like school when it is quiet')).toBe('Nina Hop');
  });
  it('`read out the minister\'s own words to the crowd: "..."` is not the reader\'s', () => {
    const paras = ['The activist Fleur Aarts read out the minister\'s own words to the crowd: "We will protect every forest."'];
    expect(speakerOf(paras, 'We will protect every forest')).not.toBe('Fleur Aarts');
  });
  it('`read out Tom Berg\'s words: "..."` is the named owner\'s', () => {
    const paras = ['The activist Fleur Aarts read out Tom Berg\'s words: "We will protect every forest."'];
    expect(speakerOf(paras, 'We will protect every forest')).toBe('Tom Berg');
  });
  it('`a text sent by the defendant, NAME, to his brother: "..."` is the sender\'s, named without whom it went to', () => {
    const paras = ['Jurors were shown a text sent by the defendant, Tomas Rijk, to his brother: "It is over. Sell the van."'];
    expect(speakerOf(paras, 'It is over')).toBe('Tomas Rijk');
  });
});
