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
