import { describe, expect, it } from 'vitest';
import { unmarkedReadingOf, unmarkedThenRole } from '../src/quotes/then-role.ts';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests, with invented people and places: one the text gives a title held "then"
// ("then-transport minister NAME") is no holder of it now, so a plain "the minister" is not him.
describe('then-ROLE NAME ... "...," the ROLE said.', () => {
  it('does not give a plain "the minister" to the one who held the office then', () => {
    const got = speakersByQuote([
      'In Karvik, then-transport minister Pell Aston warned that the new line would be "a burden for a generation". "We cannot afford two railways," he told lawmakers.',
      'Aston left office in May. His successor, Dara Quill, says the warning has not aged well. "The line is full every morning," Quill said.',
      'Quill, for her part, points to the timetable. "We run forty trains a day," the minister said.',
    ]);
    expect(got.get('We cannot afford two railways')).toBe('Pell Aston');
    expect(got.get('We run forty trains a day')).not.toBe('Pell Aston');
  });
  it('reads the marked title and its unmarked readings', () => {
    expect(unmarkedThenRole('then-transport minister')).toBe('transport minister');
    expect(unmarkedThenRole('the then foreign minister')).toBe('foreign minister');
    expect(unmarkedThenRole('transport minister')).toBeNull();
    expect(unmarkedReadingOf('minister', 'then-transport minister')).toBe(true);
    expect(unmarkedReadingOf('transport minister', 'then-transport minister')).toBe(true);
    expect(unmarkedReadingOf('prime minister', 'then-transport minister')).toBe(false);
  });
});
