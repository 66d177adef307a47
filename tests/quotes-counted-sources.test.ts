import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

// Wire exclusives count their anonymous sources ("A second person", "The third person") and say who each is in an
// appositive: the count tells them apart, and the appositive is who speaks.
const report = [
  'Barges were loaded at the river port all week, according to three people with knowledge of the shipments.',
  'A second person, a Danish customs officer who has seen the manifests, said the crates were heavy. "Nobody lifts seed like that," the officer said.',
  'The third person, a retired crane driver who now lives in Malmo, said the orders had come "from very high up." He would not say how he knew.',
];

it('does not take "The third person" for "A second person" described before', () => {
  const got = speakersByStart(report);
  expect(got.get('from very high up')).toBe('a retired crane driver');
});

it('credits the appositive of a counted source, and "the officer" to that source', () => {
  const got = speakersByStart(report);
  expect(got.get('Nobody lifts seed')).toBe('a Danish customs officer');
});

it('keeps a counted source without an appositive apart from another count', () => {
  const got = speakersByStart([
    'Two people who saw the convoy spoke to this paper.',
    'A second person said the lorries had no plates. "Not one plate," the person said.',
    'The third person said the drivers were "not from here."',
  ]);
  expect(got.get('not from here')).not.toBe('a second person');
});
