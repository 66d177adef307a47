import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('credits the one described before a relative clause that ends in a noun phrase of its own', () => {
  const got = speakers([
    'A spokeswoman for the regional ferry company that usually serves the island said only: "We do not comment on our clients."',
    'A porter who carries bags at the station told me: "Nobody tips any more."',
  ]);
  expect(got.get('We do not comment on our clients')).toBe('a spokeswoman for the regional ferry company');
  expect(got.get('Nobody tips any more')).toBe('a porter');
});

it('credits no thing described before such a clause', () => {
  const got = speakers(['The report that covers the island said: "It is safe."']);
  expect(got.get('It is safe')).toBeNull();
});
