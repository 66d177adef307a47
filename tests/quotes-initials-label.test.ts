import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// An interview written for these tests: bold questions, answers labelled by the guest's initials.
const interview = [
  'Our editor spoke with Tobias Lund-Meyer, who ran the port authority for a decade, about the strike.',
  '**Who blinked first?**',
  'TLM: Neither side, really. We simply ran out of ships to argue about.',
  '**And the union?**',
  'TLM: I think they won more than they admit.',
  '**Thank you.**',
];

describe('an interview answer labelled by initials is the named guest\'s', () => {
  it('gives "TLM:" answers to the one person of those initials', () => {
    expect(speakerOf(interview, 'We simply ran out of ships')).toBe('Tobias Lund-Meyer');
    expect(speakerOf(interview, 'I think they won more')).toBe('Tobias Lund-Meyer');
  });
  it('a question wholly in bold does not go on with the answer before it', () => {
    const quotes = extractQuotes(passagesOf(doc('p', '2024-05-02', interview))).quotes;
    expect(quotes.find((q) => q.quote.includes('Thank you'))?.speaker ?? null).toBeNull();
  });
  it('initials two people share are no label', () => {
    const paras = ['Tobias Lund-Meyer and Tilde Lind-Moss both spoke to us.', 'TLM: We ran out of ships to argue about.', 'TLM: I think they won more than they admit.'];
    const quotes = extractQuotes(passagesOf(doc('p', '2024-05-02', paras))).quotes;
    expect(quotes.find((q) => q.quote.includes('ran out of ships'))?.speaker ?? null).toBeNull();
  });
});
