import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests (invented people, places and bodies): a body described by a possessive owner
// and a head ("the regional governor's office") is not an earlier one of that head with another owner ("the
// minister's office").
describe('a possessed description with another owner is another body', () => {
  it('"the minister\'s office" and, later, "the regional governor\'s office" are two bodies', () => {
    const got = speakersByQuote([
      'Foreign Minister Clara Vesk said the summit would be raised at the United Nations.',
      'The minister\'s office later said she would "not answer that question on air".',
      'In Harlow Bay, streets near the station were being swept. The regional governor\'s office would only say that the work was "on schedule".',
    ]);
    expect(got.get('not answer that question on air')).toBe("the minister's office");
    expect(got.get('on schedule')).toBe("the regional governor's office");
  });

  it('one owner with a modifier is still the same body ("the prime minister\'s office", "the minister\'s office")', () => {
    const got = speakersByQuote([
      'The prime minister\'s office said the talks were "at an early stage".',
      'Pressed again on Friday, the minister\'s office said only that they were "continuing".',
    ]);
    expect(got.get('continuing')).toBe(got.get('at an early stage'));
  });
});
