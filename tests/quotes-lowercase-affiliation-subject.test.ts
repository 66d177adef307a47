import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('keeps a full name the subject past where the person works, written in lowercase words', () => {
  const got = speakers([
    'Peter Lorre of the harbour board rejected the plan on Monday.',
    '"It is far too soon," he said.',
    'Senator Ada Verno of the ruling party wrote to the board.',
    '"We will wait," she said.',
  ]);
  expect(got.get('It is far too soon')).toBe('Peter Lorre');
  expect(got.get('We will wait')).toBe('Ada Verno');
});

it('does not take a place in lowercase words for where someone works', () => {
  const got = speakers([
    'Peter Lorre of the old harbour quarter rejected the plan.',
    'Tomas Wend, his neighbour, agreed.',
    '"It is too soon," he said.',
  ]);
  expect(got.get('It is too soon')).not.toBe('Peter Lorre');
});
