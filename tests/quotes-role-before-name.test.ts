import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { roleBeforeName } from '../src/quotes/role-before-name.ts';
import { doc, passagesOf } from './helpers/docs.ts';

/** The speaker credited with the quote opening with each words given (undefined when no such quote). */
function speakers(paras: string[]): { get(start: string): string | null | undefined } {
  const { quotes } = extractQuotes(passagesOf(doc('p', '2024-02-01', paras)));
  return { get: (start) => quotes.find((q) => q.quote.startsWith(start))?.speaker };
}

it('ties a later description to the name a role was set off before', () => {
  const got = speakers([
    'Oslo, 3 Mar.- The Norwegian prime minister, Ingrid Solberg, opened a forum with the Danish foreign minister, Lars Holm, in the harbour.',
    'The Danish foreign minister, for his part, said that his country backs "every step" of the plan.',
    'The Norwegian prime minister underlined: "We will not wait for Brussels."',
  ]);
  expect(got.get('every step')).toBe('Lars Holm');
  expect(got.get('We will not wait')).toBe('Ingrid Solberg');
});

it('reads the role only when the name is closed off as an apposition', () => {
  const text = 'Speaking to the premier, Ingrid Solberg said';
  expect(roleBeforeName(text, text.indexOf('Ingrid'), text.indexOf(' said'))).toBeNull();
  const list = 'They met the minister, Lars Holm and Eva Berg.';
  expect(roleBeforeName(list, list.indexOf('Lars'), list.indexOf(' and'))).toBeNull();
  const set = 'They met the minister of Fisheries, Lars Holm, on Monday.';
  expect(roleBeforeName(set, set.indexOf('Lars'), set.indexOf(', on'))).toBe('minister of Fisheries');
  const owned = 'They met the city’s mayor, Lars Holm, on Monday.';
  expect(roleBeforeName(owned, owned.indexOf('Lars'), owned.indexOf(', on'))).toBeNull();
});
