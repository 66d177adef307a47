import { describe, it, expect } from 'vitest';
import { speakersByWholeQuote } from './helpers/quotes.ts';

// Passages written for this test: a show's title in quotation marks right after "told" and the network that owns
// it ("told the network's "Morning Hour""). The title is no one's words; the quote after it stays the teller's.
describe('a show title after "told NETWORK\'s"', () => {
  it('"NAME told the network\'s "Title" that ..." leaves the title to no one', () => {
    const got = speakersByWholeQuote(['Democratic presidential candidate Ada Lund pressed her case on Sunday. Senator Ada Lund told the network’s “Morning Hour” that the tariffs were “a tax on every family.”']);
    expect(got.get('Morning Hour')).toBeNull();
    expect(got.get('a tax on every family.')).toBe('Ada Lund');
  });
  it('"ROLE NAME told CAPS\'s "Title" that ..." leaves the title to no one', () => {
    const got = speakersByWholeQuote(['Republican presidential candidate Tomas Berg told KBN’s “Face the Week” that the plan was “a disaster.”']);
    expect(got.get('Face the Week')).toBeNull();
    expect(got.get('a disaster.')).toBe('Tomas Berg');
  });
  it('a quote of speech after "told NAME\'s" that is not in Title Case is still speech', () => {
    const got = speakersByWholeQuote(['Mara Olsen told the council’s “we will never sell” crowd that the quay was safe.']);
    expect(got.has('we will never sell')).toBe(true);
  });
});
