import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-03-05');

// "The ministry, for its part, issued a statement saying ...": an adjunct of stance or sequence set off after a
// common noun leaves that noun the subject, whose participle of speech carries the quote.
it('reads a body past "for its part" or "in turn" to the participle of speech after its verb', () => {
  const got = speakers([
    'The port authority, for its part, issued a statement praising "the patience of the crews."',
    'The harbour council, in turn, released a note saying the quay was "safe for small boats."',
  ]);
  expect(got.get('the patience of the crews')).toBe('the port authority');
  expect(got.get('safe for small boats')).toBe('the harbour council');
});

it('does not read past words set off that are no adjunct of stance', () => {
  const got = speakers(['The pier, the oldest on the coast, featured in a film calling it "a ruin with a view."']);
  expect(got.get('a ruin with a view')).not.toBe('the pier');
});
