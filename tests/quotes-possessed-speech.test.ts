import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

it('gives the words of "NAME\'s letter, in which she ..." to the letter\'s owner, not to the woman quoted before', () => {
  const paragraphs = [
    'Anna Berg, the committee chair, said the vote had been "closer than anyone hoped".',
    'The clerk then read out Marta Lind\'s letter from Oslo, in which she described the treaty as "a promise kept".',
  ];
  expect(speakerOf(paragraphs, 'a promise kept')).toBe('Marta Lind');
});

it('leaves the pronoun alone when the owner is of the other gender', () => {
  const paragraphs = [
    'Anna Berg, the committee chair, said the vote had been "closer than anyone hoped".',
    'Ms Berg then read out Tomas Lind\'s letter, in which she added her own note that it was "a promise kept".',
  ];
  expect(speakerOf(paragraphs, 'a promise kept')).not.toBe('Tomas Lind');
});
