import { expect, it } from 'vitest';
import { ownedWordsPronoun } from '../src/quotes/owned-words-colon.ts';
import { speakersByOpening } from './helpers/quotes.ts';

/** Each quote's opening words and the speaker credited with it. */
const speakers = (paras: string[]) => speakersByOpening(paras, 'p', '2024-03-01');

it('gives "Her verdict: ..." to the woman just named', () => {
  const got = speakers(['Marta Lindqvist has audited the port\'s books since 2015. Her verdict: "The numbers do not add up."']);
  expect(got.get('The numbers do')).toBe('Marta Lindqvist');
});

it('gives "His answer was short: ..." to the man just named', () => {
  const got = speakers(['Oskar Brandt was asked about the closure. His answer was short: "Ask the board."']);
  expect(got.get('Ask the board.')).toBe('Oskar Brandt');
});

it('reads only nouns for what someone said, never a title of a work', () => {
  expect(ownedWordsPronoun('Her verdict on the plan: ')).toBe('she');
  expect(ownedWordsPronoun('His book: ')).toBeNull();
  expect(ownedWordsPronoun('Her letter to the editor: ')).toBeNull();
});

it('gives "His first reaction: ..." to the man just named', () => {
  expect(ownedWordsPronoun('His first reaction: ')).toBe('he');
  const got = speakers(['Oskar Brandt, a retired pilot, watched the launch from his garden. His first reaction: "Pure envy, nothing else."']);
  expect(got.get('Pure envy, nothing')).toBe('Oskar Brandt');
});
