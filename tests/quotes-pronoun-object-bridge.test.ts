import { expect, it } from 'vitest';
import { speakersByWholeQuote } from './helpers/quotes.ts';

/** Each quote's words and the speaker credited with it. */
const speakers = (paras: string[]) => speakersByWholeQuote(paras, 'p', '2025-05-01');

it('follows "her" past a sentence whose named subject acts on her', () => {
  const got = speakers([
    'Ingrid Solberg runs the fisheries desk at a research centre in Bergen. Tidewatch reached her after the vote at the Akershus Fortress. Her view: "The quotas will not hold."',
  ]);
  expect(got.get('The quotas will not hold.')).toBe('Ingrid Solberg');
});

it('still declines when the sentence between names another woman as its subject', () => {
  const got = speakers([
    'Ingrid Solberg runs the fisheries desk at a research centre in Bergen. Marta Lind praised her report on the quotas. Her view: "The quotas will not hold."',
  ]);
  expect(got.get('The quotas will not hold.')).not.toBe('Ingrid Solberg');
});
