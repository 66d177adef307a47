import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('reads a name after a lowercase role, a party tag and words set off by commas as the subject', () => {
  const got = speakers([
    'Mayor Tom Berg ended his campaign for the harbour seat on Monday.',
    'Former Dunmore governor Ed Marsh (D), a Vik supporter, praised Berg for his work, calling it "an incredible feat" - yet he said the hour to unite is near.',
  ]);
  expect(got.get('an incredible feat')).toBe('Ed Marsh');
});
