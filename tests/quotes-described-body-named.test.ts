import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented bodies): a sentence opening on a description of a body, then the
// body's name set off by commas ("Our partner organisation, the Halden Network, sent ..."), has the body for its
// subject, the "it" of the sentence after.
describe('a described body named set off is the "it" after it', () => {
  it('"Our partner organisation, the Halden Network, sent a note. It said the vote "..." but that teams should "..."', () => {
    const paras = ['Our partner organisation, the Halden Network, sent a letter to its volunteers after the vote. It said the vote "changes nothing for our work" but that teams should "prepare for a hard winter."'];
    expect(speakerOf(paras, 'changes nothing for our work')).toBe('the Halden Network');
    expect(speakerOf(paras, 'prepare for a hard winter')).toBe('the Halden Network');
  });
  it('after "The partner group," too, with a colon', () => {
    const paras = ['The partner group, the Orrin Relief Trust, wrote to donors on Friday. It said: "We stand ready."'];
    expect(speakerOf(paras, 'We stand ready')).toBe('the Orrin Relief Trust');
  });
});
