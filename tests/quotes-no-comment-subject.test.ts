import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { saidNothingIn } from '../src/quotes/no-comment-subject.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Invented people, bank and town.
function speakerOf(paragraphs: string[], words: string): string | null {
  const q = extractQuotes(passagesOf(doc('t', '2024-05-02', paragraphs))).quotes.find((x) => x.quote.includes(words));
  return q?.speaker ?? null;
}

describe('a person named only to say she gave no comment is not the "she" of the next quote', () => {
  const note = [
    'Mirela Ostrava, the chief economist at Kessel Bank, wrote in a note to clients that the deal was "mostly symbolic."',
    'The economist expects the central bank of Norland to hold its rate. Governor Hanna Vell did not comment on the deal on Tuesday, and her office declined to answer questions.',
    '"The budget is the bigger problem for Norland," she said in a later note.',
  ];

  it('leaves the quote to no one rather than to the silent governor', () => {
    expect(speakerOf(note, 'The budget is the bigger problem')).not.toBe('Hanna Vell');
  });

  it('still gives it to one whose silence opens the paragraph, the paragraph\'s own subject', () => {
    const own = [
      'Hanna Vell, the governor, spoke at the harbour on Monday.',
      'Vell did not respond to a request for comment on Tuesday. In a later post, she wrote: "We will hold the line."',
    ];
    expect(speakerOf(own, 'We will hold the line')).toBe('Hanna Vell');
  });
});

describe('saidNothingIn', () => {
  it('reads the verbs of giving no words after the subject, perhaps set off', () => {
    expect(saidNothingIn('Governor Hanna Vell did not comment on the deal.', ['Hanna Vell'])).toBe(true);
    expect(saidNothingIn('Vell, the governor, could not be reached on Tuesday.', ['Hanna Vell'])).toBe(true);
    expect(saidNothingIn('Vell was not immediately available for comment.', ['Hanna Vell'])).toBe(true);
  });
  it('reads no speech and no other person as silent', () => {
    expect(saidNothingIn('Vell said she did not comment on rumours.', ['Hanna Vell'])).toBe(false);
    expect(saidNothingIn('Vell declined to comment on the deal.', ['Hanna Vell'])).toBe(false);
    expect(saidNothingIn('Ostrava did not comment on the deal.', ['Hanna Vell'])).toBe(false);
  });
});
