import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names): a body says something "in a statement", and the next
// sentence lets "The statement" speak.
describe('"The statement said" after a sentence whose subject spoke "in a statement"', () => {
  it('"X urged ... "...," in a statement issued ...": the statement after it is X\'s', () => {
    const text = ['The Harbour Board urged fishermen to stay "calm and patient," in a statement issued on Friday evening. The statement said the port would reopen "within days" once repairs were done.'];
    expect(speakerOf(text, 'within days')).toBe('the Harbour Board');
  });
  it('a statement nobody was said to have made stays nobody\'s', () => {
    const text = ['Fishermen waited at the gate on Friday. The statement said the port would reopen "within days" once repairs were done.'];
    expect(speakerOf(text, 'within days')).not.toBe('the Harbour Board');
  });
  it('"In a statement, the board said ...": the statement fronted before the subject is the board\'s too', () => {
    const text = ['The Harbour Board met on Friday. In a statement, the Harbour Board said it was "deeply worried" about the delays. "Ships wait longer than cargo can," the statement said.'];
    expect(speakerOf(text, 'Ships wait longer')).toBe('the Harbour Board');
  });
});

