import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('gives a second verb after "and" and a phrase of where or when to the subject of a progressive first verb', () => {
  const got = speakers([
    'Mayor Tom Berg ended his campaign for the harbour seat on Monday.',
    'Lena Vik, the chair of the Dunmore Harbour Party, is supporting Berg as a delegate and in a statement commended him for "a bright and hopeful campaign."',
    'Anna Moss met the harbour board and on Monday said it would "redirect" all of the fees.',
  ]);
  expect(got.get('a bright and hopeful campaign')).toBe('Lena Vik');
  expect(got.get('redirect')).toBe('Anna Moss');
});

it('still leaves a verb joined inside what another reports to no one of that clause', () => {
  const got = speakers([
    'Mayor Tom Berg ended his campaign for the harbour seat on Monday.',
    'Anna Moss said Lena Vik is backing the plan and called it "a fair deal."',
  ]);
  expect(got.get('a fair deal')).not.toBe('Lena Vik');
});

it('does not carry the subject of a progressive main verb past a relative clause to a later participle', () => {
  const got = speakers([
    'Senator Lena Vik toured the harbour on Friday.',
    'The senator was campaigning beside a retired teacher of 70, Tom Berg, who is running for the board and who worked the crowd, praising "Lena\'s honesty and care" as he promised to defend the docks.',
  ]);
  expect(got.get('Lena\'s honesty and care') ?? null).not.toBe('Lena Vik');
});
