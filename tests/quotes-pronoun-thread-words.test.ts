import { expect, it } from 'vitest';
import { notAPersonWord } from '../src/quotes/not-a-person-word.ts';
import { speakersByOpening } from './helpers/quotes.ts';

/** Each quote's opening words and the speaker credited with it. */
const speakers = (paras: string[]) => speakersByOpening(paras, 'p', '2024-03-01');

it('carries "he" over a sentence that opens with a day or a time word', () => {
  const days = speakers([
    'Thomas Reed, 58, has kept the lighthouse at Dunmore Point since 1994. On Saturday he showed the new keepers the lamp room.',
    '"They asked about every bulb," he said.',
  ]);
  expect(days.get('They asked about')).toBe('Thomas Reed');
  const later = speakers([
    'Thomas Reed, 58, has kept the lighthouse at Dunmore Point since 1994. Yesterday he showed the new keepers the lamp room.',
    '"They asked about every bulb," he said.',
  ]);
  expect(later.get('They asked about')).toBe('Thomas Reed');
});

it('carries "he" over a sentence naming a people, not a person ("the South African team")', () => {
  const got = speakers([
    'Thomas Reed, 58, has kept the lighthouse at Dunmore Point since 1994. On Saturday he showed the South African team the lamp room.',
    '"They asked about every bulb," he said.',
  ]);
  expect(got.get('They asked about')).toBe('Thomas Reed');
});

it('still stops at a sentence that names another man', () => {
  const got = speakers([
    'Thomas Reed, 58, has kept the lighthouse at Dunmore Point since 1994. On Saturday Peter Vance showed him the new lamp room.',
    '"They asked about every bulb," he said.',
  ]);
  expect(got.get('They asked about')).not.toBe('Thomas Reed');
});

it('tells time words and peoples from names', () => {
  const t = 'Later the Russian crew met Kowalski, and on Monday Baker left.';
  expect(notAPersonWord('Later', t, 0, () => false)).toBe(true);
  expect(notAPersonWord('Russian', t, t.indexOf('Russian'), () => false)).toBe(true);
  expect(notAPersonWord('Monday', t, t.indexOf('Monday'), () => false)).toBe(true);
  expect(notAPersonWord('Kowalski', t, t.indexOf('Kowalski'), () => false)).toBe(false);
  // A surname that is a common word stays a name when the text capitalises it mid-sentence too.
  expect(notAPersonWord('Baker', 'Baker left early.', 0, (w) => w === 'Baker')).toBe(false);
});
