import { expect, it } from 'vitest';
import { speakersByWholeQuote } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByWholeQuote(paras, 'p', '2024-03-01');

it('credits nobody with a bare surname two people one paragraph brought in together bear', () => {
  const got = speakers([
    'The Unity Party elected Ahmed Saleh, the party leader, to a third term on Sunday, and confirmed their deputies, Mona Fares and Yusuf Saleh, in their posts.',
    'Saleh told delegates the party would "stand together."',
    '"We are one family," Saleh said.',
  ]);
  expect(got.has('stand together.') && got.has('We are one family')).toBe(true);
  expect(got.get('stand together.')).toBeFalsy();
  expect(got.get('We are one family')).toBeFalsy();
});

it('keeps the bare surname on the one the text already called by it', () => {
  const got = speakers([
    'The Unity Party re-elected Ahmed Saleh, the party leader, on Sunday.',
    'Saleh told delegates the party would "stand together."',
    'The congress also confirmed the party\'s deputies, Mona Fares and Yusuf Saleh, in their posts.',
    '"We are one family," Saleh said after the vote.',
  ]);
  expect(got.get('stand together.')).toBe('Ahmed Saleh');
  expect(got.get('We are one family')).toBe('Ahmed Saleh');
});

it('counts no common word before a surname as a second person of that name', () => {
  const got = speakers([
    'Team Varga sees the vote as a chance for Dorin Varga to start again.',
    'Varga told supporters he would "not give up."',
  ]);
  // (Which of them is another rule's business; the one-paragraph namesakes rule must not make it nobody.)
  expect(got.get('not give up.')).toBeTruthy();
});
