import { expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// "she added" a paragraph after one that named only a man: never the man; the woman quoted before, or no one.
it('never gives a "she added" to a man named in the paragraph between', () => {
  for (const mid of [
    'Her deputy, Tom Reyes, said the ward had lost four nurses this year. The hospital board met on Friday.',
    'Tom Reyes, the finance director, has warned for months that the ward would close. He resigned in May.',
    'The ward is run by Tom Reyes, a surgeon, who says the staff are leaving.',
    'Tom Reyes disagreed.',
  ]) {
    const got = speakersByQuote([
      'Mara Olsen, the head of the clinic, said the staff were tired. "We cannot go on like this," she said.',
      mid,
      '"The money has to come from somewhere," she added.',
    ]);
    expect([null, 'Mara Olsen'], mid).toContain(got.get('The money has to come from somewhere'));
  }
});
