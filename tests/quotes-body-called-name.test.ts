import { describe, it, expect } from 'vitest';
import { quoteOpeningWith } from './helpers/quotes.ts';
import { nameCalledAfter } from '../src/quotes/called-name.ts';

// Sentences and names written for these tests: "A Telegram channel called NAME ..." is the body named, not "a
// Telegram channel".

describe('"A NOUN called NAME" as a body\'s subject', () => {
  it('the channel named after "called" shares the comment', () => {
    const got = quoteOpeningWith([
      'A Telegram channel called Harbor Signal, which has about 40,000 subscribers, shared the photograph with the comment "Finally the truth."',
    ]);
    expect(got.get('Finally the truth').speaker).toBe('Harbor Signal');
  });

  it('reads only a capitalised name right after the description', () => {
    expect(nameCalledAfter('A Telegram channel called Harbor Signal shared it.', 'a Telegram channel')).toBe('Harbor Signal');
    expect(nameCalledAfter('The post, published by a page called Copper Lantern News, showed them.', 'a page')).toBe('Copper Lantern News');
    expect(nameCalledAfter('A channel called it a victory.', 'a channel')).toBeNull();
    expect(nameCalledAfter('A Telegram channel shared it.', 'a Telegram channel')).toBeNull();
  });
});
