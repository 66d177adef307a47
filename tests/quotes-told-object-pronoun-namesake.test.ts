import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Session 55 (w3): "SURNAME told her the plan was dead:" between a woman and a man of the surname, no other woman in
// sight: "her" is the object, someone other than the subject, so the subject is the man, as "SURNAME described her
// as" was read; "told" and the like are past in no "-ed", and "her" before "the" or "that" owns nothing.

it('reads the object pronoun after "told" as someone other than the bare surname\'s bearer', () => {
  const paras = [
    'Maren Toft, the councillor, and her brother Jesper Toft ran the family boatyard together until last year.',
    'Toft told her the plan was dead: "We sell the yard in the spring."',
  ];
  expect(speakerOf(paras, 'We sell the yard')).not.toBe('Maren Toft');
  expect(speakerOf(paras, 'We sell the yard')).toBe('Jesper Toft');
});

it('keeps "her" owning a noun after "told" ("told her mother") out of it', () => {
  const paras = [
    'Maren Toft, the councillor, and her brother Jesper Toft ran the family boatyard together until last year.',
    'Toft told her mother the plan was dead: "We sell the yard in the spring."',
  ];
  expect(speakerOf(paras, 'We sell the yard')).not.toBe('Jesper Toft');
});
