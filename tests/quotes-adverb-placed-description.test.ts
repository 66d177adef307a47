import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-02-01');

it('credits the one described, not the city, when an adverb of time stands before "living in"', () => {
  const got = speakers([
    'A former harbour pilot now living in Oslo said the new ferry was "a floating car park."',
    'A man who described himself as a retired sailor now living in Bergen has posted online that the ship was "a rusting bathtub."',
    'An engineer still based at Tromso said the bridge was "sound enough."',
  ]);
  expect(got.get('a floating car park')).toMatch(/^a former harbour pilot now living in Oslo$/iu);
  expect(got.get('a rusting bathtub')).toMatch(/sailor/u);
  expect(got.get('sound enough')).toMatch(/engineer/u);
  for (const q of ['a floating car park', 'a rusting bathtub', 'sound enough']) expect(got.get(q)).not.toMatch(/^(?:Oslo|Bergen|Tromso)$/u);
});
