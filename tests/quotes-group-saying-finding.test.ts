import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-03-05');

// "Voters now say they see the mayor as a "guardian," a survey by a pollster, NAME, found this year.": the group
// only reports the study's finding; the quoted words are the study's, its author's when set off in its phrase.
it('gives the words of a group reported by a study to the author the study names', () => {
  const got = speakers([
    'Boatmen now say they value the harbour master more as a "guardian" of the quays than as a "builder," a survey by a respected local economist, Ivo Lindqvist, concluded this spring.',
  ]);
  expect(got.get('guardian')).toBe('Ivo Lindqvist');
  expect(got.get('builder')).toBe('Ivo Lindqvist');
});

it('gives them to no one when the study names no author', () => {
  const got = speakers(['Farmers now say they see the grazing rules as "a slow death" for small dairies, a report by the regional council found last year.']);
  expect(got.get('a slow death')).toBeFalsy();
});

it('keeps a named subject who says the words', () => {
  const got = speakers(['Mara Olsen, the harbour master, says the rules are "a slow death" for small dairies, a report by the regional council found last year.']);
  expect(got.get('a slow death')).toBe('Mara Olsen');
});
