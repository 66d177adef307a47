import { expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

/** Each quote's opening words and the speaker credited with it. */
const speakers = (paras: string[]) => speakersByOpening(paras, 'p', '2025-05-01');

it('keeps a bare surname for the profiled man, not the wife brought in as "His wife, <full name>"', () => {
  const got = speakers([
    'Arnold Veldkamp, a harbour pilot for forty years, retired on Friday. His wife, Ilse Veldkamp, said he had been ready for months.',
    '"The river never bored me," Veldkamp told the harbour board in 1998.',
    'Veldkamp was unmoved by the speeches. "Give me a tide table any day," he told the crowd.',
  ]);
  expect(got.get('The river never')).toBe('Arnold Veldkamp');
  expect(got.get('Give me a')).toBe('Arnold Veldkamp');
});

it('still gives a bare surname to a husband brought in by "Her husband" when the earlier namesake is a man', () => {
  const got = speakers([
    'The mayor, Boris Lindqvist, opened the fair. "We waited years for this," said Anna Lindqvista, a baker. Her husband, Erik Lindqvist, a fisherman, agreed. "It is good for trade," Lindqvist said.',
  ]);
  expect(got.get('It is good')).toBe('Erik Lindqvist');
});

it('reads the subject, not the agent, in "sources consulted by <outlet> said"', () => {
  const got = speakers([
    'Port officials consulted by the Gazette said the new cranes were "a year late at best."',
    'Two diplomats contacted by Nordpress pointed out that the council had "no majority for it" yet.',
  ]);
  expect(got.get('a year late')).not.toBe('the Gazette');
  expect(got.get('no majority for')).not.toBe('Nordpress');
});
