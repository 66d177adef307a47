import { describe, expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';
import { ownPhraseBefore } from '../src/quotes/turn-records.ts';

// An invented sitting of an invented House: members, seats and words made up for these tests.
describe('"What I said, and I will say it again, is that "..."": the turn speaker\'s own words', () => {
  it('does not take the second "I say" for another speaker', () => {
    expect(ownPhraseBefore('What I said on radio, and I will say it again, is that ')).toBe(true);
    expect(ownPhraseBefore('I said Tom told me that ')).toBe(false);
  });
  it('gives the phrase to the member whose turn it is', () => {
    const by = speakersByOpening([
      'Mr DENHOLM (Farrow Bay) (14:11): My question is to the Minister for Ports. Does she stand by her remarks on the radio?',
      'Ms TALLIS (Kewford—Minister for Ports) (14:11): I do stand by them. What I said on radio, and I will say it again, is that "ships matter more than speeches." Nothing has changed.',
    ]);
    expect(by.get('ships matter more')).toMatch(/Tallis/iu);
  });
});
