import { expect, it } from 'vitest';
import { attributionBefore } from '../src/quotes/attribution.ts';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

/** Each quote and the speaker credited with it. */
function speakers(paras: string[]): Map<string, string | null> {
  const { quotes } = extractQuotes(passagesOf(doc('a', '2024-03-01', paras)));
  return new Map(quotes.map((q) => [q.quote.replace(/[.,]$/u, ''), q.speaker]));
}

it('credits the name set off after "X\'s successor as mayor," not the office', () => {
  const got = speakers([
    'Former mayor Rolf Lindqvist was jailed on Thursday for taking bribes.',
    'Lindqvist\'s successor as mayor, Sophie Durand, said: "The city can start to heal."',
    'Her deputy as party leader, Tomas Eklund, said the vote had been "a relief."',
  ]);
  expect(got.get('The city can start to heal')).toBe('Sophie Durand');
  expect(got.get('a relief')).toBe('Tomas Eklund');
});

it('keeps the whole phrase before an office as the subject, and "as" opening a clause still opens one', () => {
  expect(attributionBefore('Lindqvist\'s successor as mayor, Sophie Durand, said: ')?.phrase).toBe('Lindqvist\'s successor as mayor');
  expect(attributionBefore('As the mayor said: ')?.phrase).toBe('the mayor');
});
