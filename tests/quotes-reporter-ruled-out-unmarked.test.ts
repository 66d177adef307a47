import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented council, bus company and people): two named spokespeople of two bodies
// in one sentence, a man whose given name the lists do not know, then "he" and "she" quotes.
describe('a reporter looked up for a "he" and ruled out is not marked as speaking', () => {
  const paras = ['Speaking for the council, Morwen Treharne said the bridge would shut. Speaking for the ferry company, Cadfael Boscawen said the boats would run late.', '"The crossing adds twenty minutes," he said.', '"It is only until Easter," she said.'];

  it('the later "she" is not the man of untold sex', () => {
    expect(speakerOf(paras, 'only until Easter')).not.toBe('Cadfael Boscawen');
  });

  it('a reporter of the pronoun\'s sex is still the one "she" goes on with', () => {
    const one = ['Morwen Treharne said the bridge would shut for repairs.', '"It is only until Easter," she said.'];
    expect(speakerOf(one, 'only until Easter')).toBe('Morwen Treharne');
  });
});
