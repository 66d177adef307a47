import { expect, it } from 'vitest';
import { describedBodyOpens } from '../src/quotes/own-subject-body.ts';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('does not reach "it" back past a body the sentence before describes and names', () => {
  const got = speakers([
    'The Moorland Society wrote on its website: "We will take this to the courts."',
    'Climate group SkyClear welcomed the ruling. "At last, a little sense," it posted.',
  ]);
  expect(got.get('We will take this to the courts')).toBe('the Moorland Society');
  expect(got.get('At last, a little sense')).not.toBe('the Moorland Society');
});

it('reads the described body at a sentence\'s opening', () => {
  expect(describedBodyOpens('Climate group SkyClear welcomed the ruling.', ['the Moorland Society'])).toBe(true);
  expect(describedBodyOpens('The chemicals firm Ardent Holdings said nothing.', ['Ardent Holdings'])).toBe(false);
  expect(describedBodyOpens('Local farmer Jim Rudd welcomed the ruling.', [])).toBe(false);
});
