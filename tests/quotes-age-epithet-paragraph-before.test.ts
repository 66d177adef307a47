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

// Passages written for these tests: a lede whose last sentence names one person ("Mara Olsen did not."), then a
// paragraph opening with a quote credited to an age no one was given ("said the 23-year-old"). The epithet points
// back to the one person the paragraph before ends on; a paragraph naming two leaves it open.
describe('"said the 23-year-old" after a lede ending on one name', () => {
  it('the one person named, in the last sentence of the paragraph before', () => {
    const paras = [
      'The video of the handshake played on a loop in the student lounge last week. Most people walked past it. Mara Olsen did not.',
      '"I watched his face the whole time," said the 23-year-old, who left the island with her mother in 2015.',
    ];
    expect(speakerOf(paras, 'whole time')).toBe('Mara Olsen');
  });

  it('two people named there: no one', () => {
    const paras = [
      'Most people walked past the screen. Mara Olsen and Ilse Berg did not.',
      '"I watched his face the whole time," said the 23-year-old.',
    ];
    const who = speakerOf(paras, 'whole time');
    expect(who).not.toBe('Mara Olsen');
    expect(who).not.toBe('Ilse Berg');
  });

  it('a name earlier in the paragraph, not in its last sentence: no one', () => {
    const paras = [
      'Mara Olsen runs the lounge. Most people walked past the screen that day.',
      '"I watched his face the whole time," said the 23-year-old.',
    ];
    expect(speakerOf(paras, 'whole time')).not.toBe('Mara Olsen');
  });
});
