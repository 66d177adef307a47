import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { kinNamedIn } from '../src/quotes/kin-named-before.ts';

it('credits "his uncle said" and "said her mother" to the one the text named in full as that kin before', () => {
  expect(speakerOf(['Tobin Straade, 19, fishes from the pier every morning. His uncle, Piet Vaal, taught him.', '"The boy learned fast," his uncle said.'], 'learned fast')).toBe('Piet Vaal');
  expect(speakerOf(['Ilse Varga sells fish at the market. Her mother, Anna Brisk, ran the stall for thirty years.', '"She has better hands than I had," said her mother.'], 'better hands')).toBe('Anna Brisk');
});

it('credits no one when another who may be the possessive\'s is named since, two are so named, or no owner is named before', () => {
  expect(speakerOf(['Tobin Straade, 19, fishes from the pier every morning. His uncle, Piet Vaal, taught him. Ansel Drummer owns the boat.', '"The boy learned fast," his uncle said.'], 'learned fast')).toBeNull();
  expect(speakerOf(['Tobin Straade fishes. His uncle, Piet Vaal, taught him.', 'Ansel Drummer mends nets; his uncle, Ivo Lind, sells them.', '"The boy learned fast," his uncle said.'], 'learned fast')).toBeNull();
  expect(speakerOf(['His uncle, Piet Vaal, taught him everything.', '"The boy learned fast," his uncle said.'], 'learned fast')).toBeNull();
});

it('finds "his KIN, FULL NAME" with an age word or a title between, not a lone given name', () => {
  expect(kinNamedIn('His younger brother, Dr. Ivo Lind, stayed.', 'his', 'brother')).toEqual([{ at: 0, name: 'Ivo Lind' }]);
  expect(kinNamedIn('She met his brother Ivo at the quay.', 'his', 'brother')).toEqual([]);
  expect(kinNamedIn('Her brother, Ivo Lind, stayed.', 'his', 'brother')).toEqual([]);
});
