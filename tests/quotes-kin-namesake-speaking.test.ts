import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('gives a titled surname to the namesake brought in as kin and speaking in the sentence just before', () => {
  const got = speakers([
    'Swimmer Tamsin Orrell announced her retirement on Monday.',
    '"My shoulders have had enough," Orrell said.',
    'Orrell\'s mother, Brenda Orrell, said she was relieved. "No more early alarms," Mrs. Orrell said.',
  ]);
  expect(got.get('My shoulders have had enough')).toBe('Tamsin Orrell');
  expect(got.get('No more early alarms')).toBe('Brenda Orrell');
});

it('gives "Mr X" after "X\'s brother, NAME X, said ..." to the brother', () => {
  const got = speakers([
    'Builder Dermot Fallon, 48, denies fraud. Fallon, in the dock, said nothing.',
    'Outside court, Fallon\'s brother, Kieran Fallon, said the family stood by him. Mr Fallon said his brother was "an honest man in a mess."',
  ]);
  expect(got.get('an honest man in a mess')).toBe('Kieran Fallon');
});

it('keeps the bare surname on the one the text is about after kin brought in doing something else', () => {
  const got = speakers([
    'Swimmer Tamsin Orrell announced her retirement on Monday.',
    'Orrell\'s mother, Brenda Orrell, had driven her to training for twelve years.',
    '"I owe her everything," Orrell said.',
  ]);
  expect(got.get('I owe her everything')).toBe('Tamsin Orrell');
});
