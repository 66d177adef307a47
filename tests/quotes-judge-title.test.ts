import { expect, it } from 'vitest';
import { judgeTitle } from '../src/quotes/role-fit.ts';
import { speakersByStart } from './helpers/quotes.ts';

// Court reports written for these tests, with invented people.
it('gives "the judge" to the one the paragraph titles "Justice"', () => {
  const got = speakersByStart([
    'Opening the case, the prosecutor, Marcus Lind, told Justice Evelyn Moor that the transfers were "a business model."',
    'Justice Moor interrupted to ask the witness to speak more slowly. "The interpreter is not a machine, captain," the judge said.',
  ]);
  expect(got.get('The interpreter is not a machine')).toBe('Evelyn Moor');
});

it('does not give "the judge" to a minister or a department of justice', () => {
  const got = speakersByStart([
    'Justice Minister Karl Dunn visited the court on Tuesday. "The interpreter is not a machine," the judge said.',
  ]);
  expect(got.get('The interpreter is not a machine')).not.toBe('Karl Dunn');
  expect(judgeTitle('Justice')).toBe(true);
  expect(judgeTitle('Chief Justice')).toBe(true);
  expect(judgeTitle('Justice Minister')).toBe(false);
  expect(judgeTitle('Minister of Justice')).toBe(false);
});
