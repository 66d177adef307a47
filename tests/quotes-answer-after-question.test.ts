import { describe, it, expect } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';
import { answersQuestion } from '../src/quotes/continuations.ts';

// Passages written for this test (invented people): in a cross-examination, a quote opening its paragraph with
// "No." right after a paragraph that ended on a question is the answer of the one asked, never the asker going on.
describe('an answer standing alone after a question', () => {
  const by = speakersByOpening([
    'Prosecutor Ann Vale asked Piet Holm why he had used three company names in one month.',
    '"Because my clients asked me to," Holm answered.',
    '"Did you ask them why?" Vale pressed.',
    '"No. In my business, you do not ask why."',
  ]);
  it('is not given to the one who asked', () => {
    expect(by.get('Did you ask')).toBe('Ann Vale');
    expect(by.get('No. In my')).not.toBe('Ann Vale');
  });
  it('leaves a speaker going on after her own question alone', () => {
    const own = speakersByOpening(['"Who pays for all this?" Mayor Ida Brun asked at the meeting.', '"The taxpayers do, as always."']);
    expect(own.get('The taxpayers do,')).toBe('Ida Brun');
  });
  it('reads a reply by its opening word', () => {
    const rec = (quote: string) => ({ quote: { quote } }) as Parameters<typeof answersQuestion>[0];
    expect(answersQuestion(rec('Yes, twice.'), rec('Did you sign it?'))).toBe(true);
    expect(answersQuestion(rec('Nobody knows.'), rec('Who signed it?'))).toBe(false);
    expect(answersQuestion(rec('No. Never.'), rec('We signed it.'))).toBe(false);
  });
});
