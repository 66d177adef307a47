import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences and names written for these tests: a quote opening a paragraph credited to a definite description bound
// by a restrictive relative clause ('"...," said the woman who had taught his daughter.'), after a paragraph about
// one person. The clause picks out someone by what it tells, someone new to the text: never the one just told of.

describe('a description with a restrictive relative clause is no fresh epithet for the one before', () => {
  const father = 'Osric Pell lost his daughter in the storm at Wenmouth.';

  it('"said the woman who had taught his daughter": not the father', () => {
    const got = speakerOf([father, '"I never had a kinder pupil," said the woman who had taught his daughter.'], 'I never had a kinder pupil');
    expect(got).not.toBe('Osric Pell');
  });

  it('with a name after the clause that may be the daughter\'s: not the father', () => {
    const got = speakerOf([father, '"I never had a kinder pupil," said the woman who had taught his daughter, Tamsin Pell.'], 'I never had a kinder pupil');
    expect(got).not.toBe('Osric Pell');
  });

  it('a clause set off by a comma may still go on with the one before', () => {
    const farmer = 'Osric Pell, a farmer, lost his barn in the storm at Wenmouth. He said it was the worst in years.';
    expect(speakerOf([farmer, '"I never saw such water," said the farmer, who has lived there for years.'], 'I never saw such water')).toBe('Osric Pell');
  });
});
