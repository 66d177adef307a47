import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a man's own account, then words about him credited "according to" a body.
describe('a quote credited "according to" a body is not read on from the sentence before', () => {
  it('"according to police" after the suspect\'s denial is not the suspect\'s', () => {
    const paras = ['Rowan Keddle, 38, says he was asleep on the night of the burglary. "Mr Keddle was seen at the back door," according to police.'];
    expect(speakerOf(paras, 'was seen at the back door') ?? '').not.toMatch(/Keddle/u);
  });
  it('a quote standing alone after reported speech is still the reporter\'s', () => {
    const paras = ['Rowan Keddle, 38, says he was asleep on the night of the burglary. "I never left my bed."'];
    expect(speakerOf(paras, 'I never left my bed')).toBe('Rowan Keddle');
  });
});
