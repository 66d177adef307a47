import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('gives a headline quote to the subject of its own verb, not to the source after the dash', () => {
  const got = speakers([
    "Holt vows 'no retreat' — Nordpost",
    'Foreign Minister Lena Holt told parliament on Tuesday that there would be "no retreat on the border".',
    '"The border is not for sale." — Lena Holt',
  ]);
  expect(got.get('no retreat')).toBe('Lena Holt');
  expect(got.get('The border is not for sale')).toBe('Lena Holt');
});
