import { expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

/** Each quote's opening words and the speaker credited with it. */
const speakers = (paras: string[]) => speakersByOpening(paras, 'k', '2024-01-10');

const opening = [
  'North Korean leader Kim Jong Un arrived in the eastern port on Tuesday for talks with his hosts.',
  'Kim says "we will stand together with our friends" as the talks begin.',
  'Later Kim tells reporters the alliance has "risen to a higher level" after the meeting.',
];

it('keeps a full name of the same Korean family name apart from the Kim named before', () => {
  const got = speakers([...opening, 'Kim visits a factory on Friday. Kim Yo Jong calls the trip "a fresh start" in an aside to her hosts.']);
  expect(got.get('we will stand')).toBe('Kim Jong Un');
  expect(got.get('risen to a')).toBe('Kim Jong Un');
  expect(got.get('a fresh start')).toBe('Kim Yo Jong');
});

it('does not hand the earlier quotes of one Kim to another Kim named in full later', () => {
  const got = speakers([...opening, 'Kim Yo Jong calls the trip "a fresh start" in an aside to her hosts.']);
  expect(got.get('we will stand')).toBe('Kim Jong Un');
  expect(got.get('risen to a')).toBe('Kim Jong Un');
  expect(got.get('a fresh start')).toBe('Kim Yo Jong');
});
