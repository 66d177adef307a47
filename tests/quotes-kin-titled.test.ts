import { expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

// A relative brought in with a title between the word of kin and the name ("her husband, former Governor Tam
// Roske") is brought in as kin all the same: news style keeps calling him by full name or title, and a later
// bare surname is still the one the text is about.

it('keeps a bare surname for the one the text is about past a kinsman brought in with a title', () => {
  const got = speakersByOpening([
    'A rival party has put out a new attack video, and mayoral candidate Lena Roske will not like whom it shows.',
    'The video that is going around shows two men who could embarrass the senator: her husband, former Governor Tam Roske and Mayor Ivo Pask.',
    'Roske is already under fire for her comments in interviews and, most recently, during the televised debate.',
    'During the debate, Roske claimed that the ads made her rival "the best friend of the developers."',
    '"We will answer every one of these attacks," Roske said during the debate.',
  ]);
  expect(got.get('the best friend')).toBe('Lena Roske');
  expect(got.get('We will answer')).toBe('Lena Roske');
});

it('still gives the bare surname to the titled kinsman once he is the one speaking', () => {
  const got = speakersByOpening([
    'Candidate Lena Roske will not be pleased with a new campaign advertisement aired by her rivals on Monday.',
    'It shows her husband, former Governor Tam Roske, at a dinner in 2004.',
    'Tam Roske spoke for an hour at a rally in the town square. "She is ready," Roske said.',
  ]);
  expect(got.get('She is ready')).toBe('Tam Roske');
});
