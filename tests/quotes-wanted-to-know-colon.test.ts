import { expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

/** Each quote's opening words and the speaker credited with it. */
const speakers = (paras: string[]) => speakersByOpening(paras, 'p', '2025-05-01');

it('gives a question after "X wanted to know about Y:" to X', () => {
  const got = speakers([
    'The harbour master, Mara Olsen, took questions at the quay on Monday.',
    'A third reporter wanted to know about the fleet: "Is Vessby part of this?"',
    'Anders Holm wanted to ask: "Who pays for the dredging?"',
  ]);
  expect(got.get('Is Vessby part')).toBe('a third reporter');
  expect(got.get('Who pays for')).toBe('Anders Holm');
});
