import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names): the writer's own interview with the auxiliary run into the
// pronoun ("We've been speaking to NAME") brings that one to hand for the pronoun after, as "We have been" does.
describe('"We\'ve been speaking to NAME again. She thinks .... "...," she said."', () => {
  const opening = ['Alison Marr, a professor, says the town wants "bread".', 'Mark Marr, an attache, says the need is "enormous".'];

  it('takes the one spoken to, of the pronoun\'s sex, among namesakes', () => {
    const paras = [...opening, "We've been speaking to Prof Marr again. She thinks the real story is elsewhere.", '"Everyone is counting shells," she said.'];
    expect(speakerOf(paras, 'counting shells')).toBe('Alison Marr');
  });

  it('does so for a full name after "I\'ve spoken to"', () => {
    const paras = [...opening, "I've spoken to Alison Marr again. She thinks the real story is elsewhere.", '"Everyone is counting shells," she said.'];
    expect(speakerOf(paras, 'counting shells')).toBe('Alison Marr');
  });
});
