import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-02-01');

it('credits the subject of a passive verb of report raised over "to have told"', () => {
  const got = speakers([
    'The harbour board met in closed session on Monday.',
    'Nora Lind is reported to have told the board that the ferry was "past saving."',
    'Erik Sand was said to have warned that the dock would "flood by spring."',
  ]);
  expect(got.get('past saving')).toBe('Nora Lind');
  expect(got.get('flood by spring')).toBe('Erik Sand');
});

it('reads a name before a set-off passive participle clause as the subject', () => {
  const got = speakers([
    'The harbour board met in closed session on Monday.',
    'Nora Lind, asked whether the ferry could sail, answered: "Not this winter."',
    'In them Erik Sand, pressed about the cost, is reported to have replied: "Ask the council."',
  ]);
  expect(got.get('Not this winter')).toBe('Nora Lind');
  expect(got.get('Ask the council')).toBe('Erik Sand');
});
