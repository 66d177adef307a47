import { expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

it('reads "ROLE NAME of the regional channel CHANNEL" after a fronted phrase as the person, not the channel', () => {
  const got = speakersByQuote([
    'Verlund played Harstad in the cup final on Sunday.',
    'On the broadcast, commentator Piet Vaal of the regional channel Verlund-9 said: "Look at that!"',
    'On the broadcast, commentator Ansel Drummer of the regional channel Verlund-9 could not hide his delight: "Look at this!"',
  ]);
  expect(got.get('Look at that!')).toBe('Piet Vaal');
  expect(got.get('Look at this!')).toBe('Ansel Drummer');
});
