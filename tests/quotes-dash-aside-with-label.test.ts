import { expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

it('reads a long dashed aside holding a label as no part of the subject', () => {
  const got = speakersByQuote([
    'The crew chief, Capt. Ivo Lund, 50, was brief. "We sail at dawn," he said.',
    'The ship\'s cook, Marta Lund — no relation, she insists, although the deckhands call them "the Lund household" — said food was the worry. "Flour runs out first," she said.',
  ]);
  expect(got.get('Flour runs out first')).toBe('Marta Lund');
  // The label is the deckhands' naming, never the cook's words.
  expect(got.get('the Lund household')).not.toBe('Marta Lund');
});

it('reads "men" and "women" as plural descriptions', () => {
  const got = speakersByQuote(['The dockers call him "the Admiral." The women call them "the twins."']);
  expect(got.get('the twins')).toBe('the women');
  expect(got.get('the Admiral')).toBe('the dockers');
});
