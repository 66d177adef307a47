import { expect, it } from 'vitest';
import { setOffSubject } from '../src/quotes/set-off-subject.ts';
import { speakerOf } from './helpers/quotes.ts';

it('reads a bare surname with "himself" and a long participle aside before its verb as the subject', () => {
  const paragraphs = [
    'President Tomas Vell spoke to reporters in Lisk.',
    'Vell himself, asked by reporters whether Varna would send ferries to Pelorin and when the deal would be signed, said: "We will see."',
  ];
  expect(speakerOf(paragraphs, 'We will see')).toBe('Tomas Vell');
});

it('gives the words to no one when the sex the reflexive tells is not the one holder’s, or two hold the surname', () => {
  expect(speakerOf(['Ana Roe met the press in Lisk.', 'Roe himself, asked by reporters whether the council would send ferries to Pelorin, said: "We will see."'], 'We will see')).not.toBe('Ana Roe');
  const two = ['Ivo Karst arrived with his sister, Mila Karst, in Lisk.', 'Karst herself, asked by reporters whether the council would send ferries, said: "We will see."'];
  expect(speakerOf(two, 'We will see')).not.toBe('Ivo Karst');
});

it('tells the reflexive’s sex with the name set off', () => {
  expect(setOffSubject('Vell himself, asked by reporters whether the deal would be signed, said: ')).toEqual({ name: 'Vell', role: null, reflexive: 'm' });
  expect(setOffSubject('Roe herself, speaking through an interpreter, said ')).toEqual({ name: 'Roe', role: null, reflexive: 'f' });
});

it('reads such a subject opening a clause joined by "and" after another’s quote', () => {
  const paragraphs = [
    'The second goal came from substitute Mina Varsk, who headed in a corner.',
    'Her coach called the goal "a gift from our defence to theirs," and Varsk herself, asked through the interpreter how it felt, said only: "Very good."',
  ];
  expect(speakerOf(paragraphs, 'Very good')).toBe('Mina Varsk');
  // (Only with the reflexive: a bare name after "and" may close a list of subjects.)
  expect(setOffSubject('Roe left, and Varsk, asked about it, said: ')).toBeNull();
});
