import { expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

// A word of kin before a full name tells its bearer's gender where the first name tells none: "her son,
// Tavrek Balkay" is a man, so a later "Ms. Balkay" is not him, and an earlier "Mr. Balkay" is not a son the text
// only brings in later.
const PARENTS = [
  'The quarrel between the parents, Orzun and Nurhane Balkay, and Mr. Holt has run for a week.',
  'Mr. Balkay, who spoke at the rally on Thursday, said Mr. Holt had shown contempt for his wife. "I ask every voter to think of the families," Mr. Balkay said.',
  'And Ms. Balkay, in a letter to the Courier, rebuked Mr. Holt. Ms. Balkay said she had stayed quiet as she could not keep her composure when discussing her son, Tavrek Balkay.',
  '"All the town felt my grief," Ms. Balkay wrote.',
  'Ms. Balkay said Mr. Holt was "careless" with the truth.',
];

it('does not give "Ms. <surname>" to a man brought in as "her son, <full name>"', () => {
  const got = speakersByOpening(PARENTS);
  expect(got.get('All the town')).toBe('Nurhane Balkay');
  expect(got.get('careless')).toBe('Nurhane Balkay');
});

it('does not give an earlier "Mr. <surname>" to the son named only later', () => {
  const got = speakersByOpening(PARENTS);
  expect(got.get('I ask every')).not.toBe('Tavrek Balkay');
  // (Nor to the wife named jointly with him, "Orzun and Nurhane Balkay", for want of a man named before.)
  expect(got.get('I ask every')).not.toBe('Nurhane Balkay');
});

it('reads "his daughter, <full name>" as a woman for a later "Mr. <surname>"', () => {
  const got = speakersByOpening([
    'Dorrin Alvask runs the ferry with his daughter, Kesri Alvask, who keeps the books.',
    '"The ferry pays for itself in summer," Mr. Alvask said.',
  ]);
  expect(got.get('The ferry pays')).toBe('Dorrin Alvask');
});
