import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('credits no one with words that call the credited person by first name when a namesake may have said them', () => {
  const got = speakers([
    'Cyclist Owen Barlow\'s sister, Megan Barlow, is also his coach. Megan said the stage had been brutal. "Owen climbed better than anyone," Barlow said.',
  ]);
  expect(got.get('Owen climbed better than anyone')).toBeNull();
});

it('keeps the credit with no namesake, with the full name in the sentence, or for a family name written first', () => {
  expect(speakers(['Cyclist Owen Barlow won the stage. "Owen is a lucky man today," Barlow joked.']).get('Owen is a lucky man today')).toBe('Owen Barlow');
  expect(speakers(['Owen Barlow\'s sister, Megan Barlow, watched. "Owen does this every year," Megan Barlow said.']).get('Owen does this every year')).toBe('Megan Barlow');
  expect(speakers(['Park Min-ho and Park Ji-woo met reporters. "Park Ji-woo is my rival," Park Min-ho said.']).get('Park Ji-woo is my rival')).toBe('Park Min-ho');
});

it('credits no one when a pronoun was read as the person the words call by first name', () => {
  const got = speakers([
    'The two candidates, Rosa Lind and Mark Ober, debated on Tuesday night. Lind attacked Ober\'s record on housing.',
    '"You promised 5,000 homes. You built 300," she said.',
    'Ober hit back. "I inherited a council with no money," he said.',
    'Lind\'s campaign manager, Jo Tate, said afterwards that her candidate had "won easily." Ober\'s spokesman disagreed.',
    '"Mark had the better of every exchange," he said.',
  ]);
  expect(got.get('I inherited a council with no money')).toBe('Mark Ober');
  expect(got.get('Mark had the better of every exchange')).not.toBe('Mark Ober');
});
