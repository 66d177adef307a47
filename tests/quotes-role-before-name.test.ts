import { expect, it } from 'vitest';
import { roleBeforeName } from '../src/quotes/role-before-name.ts';
import { speakersByStart } from './helpers/quotes.ts';

/** The speaker credited with the quote opening with each words given (undefined when no such quote). */
const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-02-01');

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
  // (A common noun's possessive owns the role as "the" would: `tests/quotes-owned-role-before-name.test.ts`.)
  const owned = 'They met the city’s mayor, Lars Holm, on Monday.';
  expect(roleBeforeName(owned, owned.indexOf('Lars'), owned.indexOf(', on'))).toBe('the city’s mayor');
});
