import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a message quoted after a colon, read out or received by someone else.
describe('a message from someone, quoted after its colon', () => {
  it('is the sender\'s, named after a relative: `X read out the last text from her son, Liam, 22: "..."`', () => {
    const paras = ['At the hearing, Wenna Tull read out the last text from her son, Corin, 19: "Back by nine, save me some soup."'];
    expect(speakerOf(paras, 'Back by nine')).toBe('Corin');
  });
  it('is a named sender\'s', () => {
    const paras = ['Wenna Tull read out a letter from Ivo Sarn: "I am sorry for all of it."'];
    expect(speakerOf(paras, 'sorry for all')).toBe('Ivo Sarn');
  });
  it('is never the reader\'s when the sender names no one', () => {
    const paras = ['Wenna Tull read out a card from her late father: "Keep the garden going."'];
    expect(speakerOf(paras, 'Keep the garden')).not.toBe('Wenna Tull');
  });
});

describe('a response from someone, quoted after its colon', () => {
  it('is the one who responded, not the remarks that drew it: `The remarks drew a sharp response from the union leader, NAME: "..."`', () => {
    const paras = ['Minister Alva Rook said teachers should "do more with less".', 'The remarks drew a sharp response from the teachers\' union leader, Femi Ward: "We cannot do more with nothing."'];
    expect(speakerOf(paras, 'more with nothing')).toBe('Femi Ward');
  });
});
