import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people and places): a bare surname opening a sentence with a short
// phrase set off after it that holds the subject's own possessive ("Soto, for his part, told ..."). The
// possessive tells the subject's sex, so the bare surname is not a namesake whose given name leans to the other
// sex ("Grace", which the lists hold for both, leans to women), though she was named last.
const paras = (aside: string): string[] => [
  'The meeting between Governor Alvaro Soto and the mayor of Vell was short.',
  '"My brother still lives in Vell," said Grace Soto, 41, a nurse at the county clinic. "I worry about him."',
  'Soto said her family watches the news from Vell every night.',
  `Soto, ${aside}, told the mayor that the bridge had been "a disgrace for ten years" and should be rebuilt.`,
];

for (const aside of ['for his part', 'in his reply']) {
  it(`"Soto, ${aside}, told ..." is not the woman of that surname named last`, () => {
    expect(speakerOf(paras(aside), 'a disgrace for ten years')).not.toBe('Grace Soto');
  });
}

it('goes to the man of that surname the text named before', () => {
  expect(speakerOf(paras('for his part'), 'a disgrace for ten years')).toBe('Alvaro Soto');
});

it('still gives "Soto, for her part," to the woman named last', () => {
  expect(speakerOf(paras('for her part'), 'a disgrace for ten years')).toBe('Grace Soto');
});
