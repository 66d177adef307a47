import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests (invented people and parties): an abbreviated title before a name ("Rep.",
// "Sen.") is the calling spelled out, so a general noun for it later ("the four-term lawmaker") is that person.
describe('a general noun for a calling given as an abbreviated title', () => {
  it('"Rep. NAME, a member of a committee, said ..." then "the four-term lawmaker said" is NAME', () => {
    const got = speakersByQuote([
      'The meeting drew a sharp reaction from the opposition Harbour Party. Rep. Tam Orrin, a member of the parliamentary trade committee, said the cabinet had "failed the coast" with its tariffs.',
      '"Trade means keeping a door open even with a hard neighbour," the four-term lawmaker said in a radio interview.',
    ]);
    expect(got.get('Trade means keeping a door open even with a hard neighbour')).toBe('Tam Orrin');
  });

  it('so with "Sen."', () => {
    const got = speakersByQuote([
      'Sen. Ilse Varga, who chairs the budget panel, said the plan was "a mirage."',
      '"We have seen this mirage before," the veteran lawmaker said on Tuesday.',
    ]);
    expect(got.get('We have seen this mirage before')).toBe('Ilse Varga');
  });
});
