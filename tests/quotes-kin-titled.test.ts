import { expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

// A relative brought in with a title between the word of kin and the name ("her husband, former Governor Tam
// Roske") is brought in as kin all the same: news style keeps calling him by full name or title, and a later
// bare surname is still the one the text is about.

it('keeps a bare surname for the one the text is about past a kinsman brought in with a title', () => {
  const got = speakersByOpening([
    'Harbour mayoral hopeful Lena Roske faces a rough week after her opponents released a radio spot on Monday.',
    'The spot names two men she would rather not hear about: her husband, former Governor Tam Roske and Mayor Ivo Pask.',
    'Roske has drawn fire for her remarks on the port and, above all, for her answers at the televised forum.',
    'At the forum, Roske argued that the spot made her rival "the best friend of the developers."',
    '"We will answer every one of these attacks," Roske said at the forum.',
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
