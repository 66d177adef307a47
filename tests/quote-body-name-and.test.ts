import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences and names written for these tests: a body's name with "of" and "and" in it ("the Department of X and
// Y") as the subject of "says" or "said".

describe('a body named "the Department of X and Y" speaks as a whole', () => {
  it('"The Department of Harbours and Trade says ... \\"...\\"": the department', () => {
    const text = ['The Department of Harbours and Trade says Valdoria is "deeply worried" by the closure.'];
    expect(speakerOf(text, 'deeply worried')).toBe('the Department of Harbours and Trade');
  });

  it('in the past tense too', () => {
    const text = ['The Ministry of Fisheries and Forests said the quota was "final".'];
    expect(speakerOf(text, 'final')).toBe('the Ministry of Fisheries and Forests');
  });

  it('not when a person\'s name stands after the "and"', () => {
    const text = ['The Department of Harbours and Rolf Dahl said the quota was "final".'];
    expect(speakerOf(text, 'final')).not.toBe('the Department of Harbours and Rolf Dahl');
  });
});
