import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('credits nobody with a headline quote a question mark outside its closing mark puts in doubt', () => {
  const got = speakers([
    'Skipper Moen: "We sail at dawn"? Not likely',
    'Harbour officials said the storm would last until Friday.',
    'Skipper Ansgar Moen said on Monday: "We sail when it clears."',
  ]);
  expect(got.get('We sail at dawn')).toBeNull();
  expect(got.get('We sail when it clears')).toBe('Ansgar Moen');
});
