import { expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

/** Each quote's opening words and the speaker credited with it. */
const speakers = (paras: string[]) => speakersByOpening(paras, 'p', '2024-03-01');

it('keeps the one the writer "has been speaking to" at hand for the pronoun after', () => {
  const got = speakers([
    'I have been speaking to Dr Ruth Okonjo of the Coastal Research Trust in Mombasa, who watched the vote from her lab. "It will pass, but narrowly," she said.',
  ]);
  expect(got.get('It will pass,')).toBe('Ruth Okonjo');
});

it('does so for "we have talked to" as well', () => {
  const got = speakers(['We have talked to Henrik Dahl, a ferry captain from Bergen, about the new rules. "Nobody asked us," he said.']);
  expect(got.get('Nobody asked us')).toBe('Henrik Dahl');
});
