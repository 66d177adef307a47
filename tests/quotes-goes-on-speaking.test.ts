import { expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

/** Each quote's opening words and the speaker credited with it. */
const speakers = (paras: string[]) => speakersByOpening(paras, 'p', '2025-05-01');

it('gives a quote running over paragraphs after "He ... went on, more slowly." to the man who just spoke', () => {
  const got = speakers([
    'Anders Holmberg ran the Vessby ferry for thirty years. "I counted the crossings," Holmberg said. "Nine a day."',
    'He put down his cup and went on, more slowly.',
    '"When I started, the boat was wooden.',
    '"Now it is steel. Nobody remembers the wood."',
  ]);
  expect(got.get('When I started,')).toBe('Anders Holmberg');
  expect(got.get('Now it is')).toBe('Anders Holmberg');
});

it('leaves it open when the pronoun cannot be the one who just spoke, or the sentence says more than going on', () => {
  const got = speakers([
    'Anders Holmberg ran the Vessby ferry for thirty years. "I counted the crossings," Holmberg said. "Nine a day."',
    'She put down her cup and went on, more slowly.',
    '"When I started, the boat was wooden."',
    '"I counted them too," Holmberg said.',
    'He went on to buy a second boat in 1999.',
    '"That one sank."',
  ]);
  expect(got.get('When I started,')).toBeFalsy();
  expect(got.get('That one sank.')).not.toBe('Anders Holmberg');
});
