import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

/** The speaker credited with the quote opening with each words given (undefined when no such quote). */
const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-03-02');

it('gives a quote standing alone to the one who gestured in the sentence before ("Lindgren shrugged.")', () => {
  const got = speakers([
    'Harald Lindgren, a ferry captain, has crossed the sound for thirty years. “The old boats were slower,” he said.',
    'Lindgren shrugged. “But nobody was ever late for work.”',
  ]);
  expect(got.get('But nobody was ever late')).toBe('Harald Lindgren');
});

it('resolves the pronoun of a gesture sentence as a "she said" would ("She laughs at the memory.")', () => {
  const got = speakers([
    'Britt Nyqvist ran the island school alone for a decade, with Jonas Berg as its only caretaker. “We had nine pupils,” she says.',
    'She laughs at the memory. “Two of them were mine.”',
  ]);
  expect(got.get('Two of them were mine')).toBe('Britt Nyqvist');
});

it('credits no one after a sentence that does more than gesture', () => {
  const got = speakers([
    'Britt Nyqvist ran the island school alone for a decade. “We had nine pupils,” she says.',
    'She laughs at the caretaker, who kept the keys. “Two of them were mine.”',
  ]);
  expect(got.get('Two of them were mine')).toBeNull();
});
