import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('keeps a name the subject past where the person works and a "who" clause set off after it', () => {
  const got = speakers([
    'Prime Minister Ada Verno called the visit a mistake.',
    'Foreign Minister Piet Lorre said the envoy had been summoned.',
    'Senator Mira Lorre of the opposition Green Party, who is not related to the minister, accused the government of reacting late.',
    '"We have said so for months," she told the agency.',
  ]);
  expect(got.get('We have said so for months')).toBe('Mira Lorre');
});

it('reads the name past where the person works and a "who" clause there, a man', () => {
  const got = speakers([
    'Peter Lorre of the opposition Harbour Party, who met the mayor on Monday, rejected the plan.',
    '"It is too soon," he said.',
  ]);
  expect(got.get('It is too soon')).toBe('Peter Lorre');
});
