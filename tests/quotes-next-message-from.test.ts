import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a host reading listeners' messages in turn, the next one's noun left out.
describe('"And one more, from NAME in PLACE: ..." is the sender\'s', () => {
  it('the elided message and a sender known by a given name and a town', () => {
    const paras = ['HOST: Let us read some messages. Marek in Dorne writes: "The ferry was late again." Thank you, Marek. And one more, from Ilse in Tarsk: "Our bakery closed on Monday."'];
    expect(speakerOf(paras, 'Our bakery closed on Monday')).toBe('Ilse');
  });
  it('a named message from a given name and a town', () => {
    const paras = ['HOST: A text from Ilse in Tarsk: "The bakery reopened today."'];
    expect(speakerOf(paras, 'The bakery reopened today')).toBe('Ilse');
  });
});
