import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people and places): a titled asker puts a question to one set off
// after a role; the reply opens the next paragraph behind a fronted phrase.
describe('the one asked, set off after a role, replies', () => {
  it('gives the reply to the one asked, not the titled asker', () => {
    const page = ['During the inquiry, Mr. Sten asked the treasurer, Oskar Rune, whether the accounts had been closed.', 'After a short silence, "I have not read them," he replied.'];
    expect(speakerOf(page, 'I have not read them')).toBe('Oskar Rune');
  });
  it('reads the reply in the same paragraph too', () => {
    const page = ['Mr. Sten asked the treasurer, Oskar Rune, whether the accounts had been closed. After a short silence, "I have not read them," he replied.'];
    expect(speakerOf(page, 'I have not read them')).toBe('Oskar Rune');
  });
  it('does not give a "he" to one asked who is a woman', () => {
    const page = ['During the inquiry, Mr. Sten asked the treasurer, Sigrid Rune, whether the accounts had been closed.', 'After a short silence, "I have not read them," he replied.'];
    expect(speakerOf(page, 'I have not read them')).not.toBe('Sigrid Rune');
  });
});
