import { expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

const memo = 'Yevgen Parlov, a deputy department head, signed the memo in August.';

it("gives 'According to SOURCE, NAME objected: \"...\"' to the one who objected, not the source", () => {
  const got = speakersByQuote([memo, 'According to a colleague who saw his reply, Parlov objected: "We will pay for these shells for twenty years."']);
  expect(got.get('We will pay for these shells for twenty years')).toBe('Yevgen Parlov');
});

it('does so for a source that is a group as well', () => {
  const got = speakersByQuote([memo, 'According to two officials, Parlov objected: "The army cannot wait until spring."']);
  expect(got.get('The army cannot wait until spring')).toBe('Yevgen Parlov');
});

it('leaves the source when the one after it was never named before', () => {
  const got = speakersByQuote(['The memo went round in August.', 'According to two officials, Brisk objected: "The army cannot wait until spring."']);
  expect(got.get('The army cannot wait until spring')).toBe('two officials');
});
