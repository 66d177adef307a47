import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Passages written for these tests: a radio programme's web Q&A with no labels, each question a paragraph wholly in
// bold, the answer the plain paragraphs after it, the one answering named in the introduction.
function speakerOfWords(paragraphs: string[], words: string): string | null | undefined {
  const { quotes } = extractQuotes(passagesOf(doc('p', '2024-04-02', paragraphs)));
  return quotes.find((q) => q.quote.includes(words))?.speaker;
}

const intro = [
  'When the ferry talks collapsed this week, Mara Olsen was watching from her office in Tromsø.',
  '"I had a feeling it would end like that," said Olsen, who teaches maritime law at the Arctic College.',
  'Here is part of her conversation with host Ivo Brandt.',
];

describe('bold questions with bare answers after them', () => {
  it('the answers are the one whom the first question addresses and the introduction names in full', () => {
    const paras = [
      ...intro,
      '**Dr. Olsen, what went wrong in the talks?**',
      'Both sides came with a plan and neither came with a map. You cannot agree on a route you have not drawn.',
      '**Why should listeners here care? This is far from us.**',
      'Because our fish swim through those waters too. Our boats depend on the same channel.',
      '*This interview has been edited for length and clarity.*',
      'Brandt also spoke to the harbour master, who said the port was calm.',
    ];
    expect(speakerOfWords(paras, 'neither came with a map')).toBe('Mara Olsen');
    expect(speakerOfWords(paras, 'our fish swim through')).toBe('Mara Olsen');
    // The prose after the editor's note is no answer.
    expect(speakerOfWords(paras, 'the port was calm')).toBeUndefined();
  });
  it('after the last question, a paragraph of third-person prose ends the answers', () => {
    const paras = [
      ...intro,
      '**Dr. Olsen, what went wrong?**',
      'Both sides came with a plan and neither came with a map.',
      '**And what happens next?**',
      'We wait. I expect another round in the spring.',
      'The talks are due to resume in March, the ministry said.',
    ];
    expect(speakerOfWords(paras, 'another round in the spring')).toBe('Mara Olsen');
    expect(speakerOfWords(paras, 'due to resume in March')).toBeUndefined();
  });
  it('bold subheads without questions make no Q&A', () => {
    const paras = [...intro, '**The talks**', 'Both sides came with a plan and neither came with a map.', '**The fish**', 'Our boats depend on the same channel.'];
    expect(speakerOfWords(paras, 'neither came with a map')).toBeUndefined();
  });
  it('answers under a label of their own are left as they were read', () => {
    const paras = [...intro, '**What went wrong?**', '**Olsen:** Both sides came with a plan.', '**What next?**', '**Olsen:** We wait.'];
    // (Read as the bold label's turns since session 56, `bold-label.ts`: the one full name of that surname before.)
    expect(speakerOfWords(paras, 'Both sides came with a plan')).toBe('Mara Olsen');
  });
});
