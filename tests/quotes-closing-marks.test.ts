import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a quote that trails off in an ellipsis is credited after it as one
// ending in a comma is, not left to the speaker of the quote before.
describe('an ellipsis closing a quote before its credit', () => {
  it('`"... different names…" Kask said.` is Kask\'s, not the asker\'s', () => {
    const paras = ['Jane Roe asked about the port. “Would you pick a woman?” Roe asked. “Well, sure. I will — I will consider plenty of different names…” Omar Kask said. “A bear?” Roe repeated.'];
    expect(speakerOf(paras, 'different names')).toBe('Omar Kask');
  });
});

// Passages written for these tests: a full quote that a colon opens and "!" or "?" closes ends its sentence;
// the capitalised clause after it is the next sentence, not a credit.
describe('a colon-opened quote closed by "!" or "?"', () => {
  it('`...his demand in 1987: "Open these gates!" Fishermen still praise ...` is not the fishermen\'', () => {
    const paras = ['Kask saw the board as a “closed shop,” voiced in his famous demand at the harbour in 1987: “Mr. Chairman, open these gates!” Fishermen still praise his refusal to give in.'];
    expect(speakerOf(paras, 'open these gates')).not.toBe('fishermen');
    expect(speakerOf(paras, 'open these gates')).not.toBe('Fishermen');
  });
  it('a credit after a quote no colon opens still counts: `"Stop the tax!" Kask shouted.`', () => {
    const paras = ['Jane Roe spoke first. “Stop the tax!” Omar Kask shouted.'];
    expect(speakerOf(paras, 'Stop the tax')).toBe('Omar Kask');
  });
});
