import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

/** The speaker credited with the quote opening with each words given (undefined when no such quote). */
const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-02-01');

it('credits nobody with a doubted word for the ones a verb of asking takes before an infinitive', () => {
  const got = speakers([
    'Corin Bale, a press officer of the Harbour League, said the league had "nothing to hide." Later messages show that Bale asked the "volunteer" to move the talks to a private channel.',
    'Tessa Marr, who chairs the ferry board, urged the "advisers" to step aside before the vote.',
  ]);
  expect(got.get('nothing to hide')).toBe('Corin Bale');
  expect(got.get('volunteer')).toBeNull();
  expect(got.get('advisers')).toBeNull();
});

it('leaves speech after a verb of asking, and a quoted noun before "to" and a noun phrase, as before', () => {
  const got = speakers([
    'Tessa Marr asked the council: "Why was the ferry sold?" She said the board had a "duty to the islands" and would answer.',
  ]);
  expect(got.get('Why was the ferry sold')).toBe('Tessa Marr');
  expect(got.get('duty to the islands')).toBe('Tessa Marr');
});
