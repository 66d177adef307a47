import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Session 57 (h6): a sentence setting "NAME said" before each of its quotes ('NAME said "x", NAME2 said "y"'): the
// words between two quotes open the second one, and do not credit the first.

it('gives each quote to the name and verb right before it', () => {
  const paras = ['Two ferrymen spoke to us. Aurel Dragomir said "the ice came early", Petru Sandulescu said "we lost a week" and a third said nothing.'];
  expect(speakerOf(paras, 'the ice came early')).toBe('Aurel Dragomir');
  expect(speakerOf(paras, 'we lost a week')).toBe('Petru Sandulescu');
});

it('keeps a credit after the quote when no verb of its own comes before it', () => {
  expect(speakerOf(['The ice came "far too early", Petru Sandulescu said, "and we lost a week."'], 'far too early')).toBe('Petru Sandulescu');
});
