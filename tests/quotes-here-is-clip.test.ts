import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests (invented people and places): a paragraph that closes on "Here's NAME:" brings
// in the one whose clip or quotation opens the next paragraph, as a broadcast script writes it.
describe('"Here\'s NAME:" closing a paragraph', () => {
  it('a titled surname of someone named in full before speaks the clip after it', () => {
    const got = speakersByQuote([
      'I spoke earlier to Professor Lena Hartwell, who studies ports at a college in Riga. Here\'s Professor Hartwell:',
      '"Everything else today was decoration. The ships are what matter."',
    ]);
    expect(got.get('Everything else today was decoration. The ships are what matter')).toBe('Lena Hartwell');
  });

  it('a full name with the time after it likewise ("Here is NAME earlier today:")', () => {
    const got = speakersByQuote([
      'The ferry company has cancelled its winter timetable. Here is Joran Vesterby earlier today:',
      '"We cannot sail into ice with passengers on board."',
    ]);
    expect(got.get('We cannot sail into ice with passengers on board')).toBe('Joran Vesterby');
  });
});
