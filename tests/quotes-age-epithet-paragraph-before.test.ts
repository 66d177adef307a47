import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: "The 61-year-old", an age no one was given, goes back to the one person just
// named: in the paragraph before when its own paragraph names no one before it, and past a firm's name beside them.
describe('an age epithet no one was given, after the one person just named', () => {
  it('opening a paragraph after the paragraph that named the person (a firm named beside them)', () => {
    const paras = [
      '"Every wagon counts," said Oskar Lindgren, managing director of Nordby Imports.',
      'The 61-year-old, who has bought grain since the 1990s, said buyers had little choice. "Where else would we go?" he said.',
    ];
    expect(speakerOf(paras, 'Where else would we go')).toBe('Oskar Lindgren');
  });
  it('in the same paragraph after "Mr SURNAME said ..."', () => {
    const paras = [
      '"Every wagon counts," said Oskar Lindgren, managing director of Nordby Imports.',
      'Mr Lindgren said his suppliers had warned of delays of "a week or so". The 61-year-old, who has bought grain since the 1990s, added that buyers had little choice. "Where else would we go?" he said.',
    ];
    expect(speakerOf(paras, 'Where else would we go')).toBe('Oskar Lindgren');
  });
  it('two people named in the paragraph before leave the epithet to no one of them', () => {
    const paras = [
      '"Every wagon counts," said Oskar Lindgren, who met his rival Per Dahl at the fair.',
      'The 61-year-old, who has bought grain since the 1990s, said buyers had little choice. "Where else would we go?" he said.',
    ];
    expect(speakerOf(paras, 'Where else would we go')).not.toBe('Oskar Lindgren');
  });
});
