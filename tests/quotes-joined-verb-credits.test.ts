import { expect, it } from 'vitest';
import { elidedSubject } from '../src/quotes/elided-subject.ts';
import { whatCalledSubject } from '../src/quotes/what-called.ts';
import { speakersByStart } from './helpers/quotes.ts';

/** The speaker credited with the quote opening with each words given (undefined when no such quote). */
const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-02-01');

it('reads "what it called" as the words of the subject of its clause', () => {
  expect(whatCalledSubject('Ruiz said that Portugal had opened what it called a ')).toBe('Portugal');
  expect(whatCalledSubject('The Kremlin published what it called an ')).toBe('Kremlin');
  expect(whatCalledSubject('Ruiz criticised what she called a ')).toBe('she');
});

it('gives a joined reporting verb with no subject the first verb\'s subject', () => {
  expect(elidedSubject('Ruiz noted that Portugal had opened a "___" in May, but said that plan was ')).toBe('Ruiz');
  expect(elidedSubject('Ruiz noted that Portugal had opened a "___" in May, but that plan was ')).toBeNull();
  const got = speakers([
    'Ana Ruiz, an economist in Porto, was sceptical. Ruiz noted that Portugal had opened what it called a "green corridor" in May, but said that plan was "mostly paint".',
  ]);
  expect(got.get('green corridor')).toBe('Portugal');
  expect(got.get('mostly paint')).toBe('Ana Ruiz');
});

it('credits one described before ", who wrote:" with the quote after the colon', () => {
  const got = speakers([
    'The rumour seems to come from a post by a retired harbour pilot, who wrote: "The quay will be gone by spring."',
  ]);
  expect(got.get('The quay will')).toBe('a retired harbour pilot');
});

it('leaves a joined verb after a clause of its own to that clause', () => {
  expect(elidedSubject('Ruiz called for calm, and the union denounced the plan and said it would ')).toBeNull();
});
