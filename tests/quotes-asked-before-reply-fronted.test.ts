import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests (invented people and places): '"...," he replied.' right after a sentence in
// which someone unnamed asks a named person something is that person's answer, also when a phrase of place or
// time opens the sentence ("Back at the briefing, a reporter asked ...") and when only the honorific of the
// question ("asked Mr. Oskan") tells the one asked is a man.
describe('the one asked in the sentence before replies', () => {
  const opening = [
    'Speaking at the weekly briefing on Thursday, official spokesperson Kiran Oskan said Delvar had "taken note" of the talks.',
    'In Velmora, the port spokesman Dario Feltz said the harbour would stay open.',
  ];

  it('after a fronted phrase: "Back at the briefing, a reporter asked Mr. SURNAME whether ...."', () => {
    const got = speakersByQuote([
      ...opening,
      'Back at the briefing, a reporter asked Mr. Oskan whether spare parts might be diverted. "There is no such concern," he replied.',
    ]);
    expect(got.get('There is no such concern')).toBe('Kiran Oskan');
  });

  it('with no fronted phrase, the honorific telling the sex: "A reporter asked Mr. SURNAME whether ...."', () => {
    const got = speakersByQuote([
      ...opening,
      'A reporter asked Mr. Oskan whether spare parts might be diverted. "There is no such concern," he replied.',
    ]);
    expect(got.get('There is no such concern')).toBe('Kiran Oskan');
  });
});
