import { expect, it } from 'vitest';
import { quoteOpeningWith } from './helpers/quotes.ts';

// Passages written for these tests (invented bodies): "a spokesperson for the Department" after the text named "the
// Department of Coastal Affairs" is read with the body's full name, so the speaker shows which body it speaks for;
// two bodies of that head named before leave the short form as written.
const get = (paras: string[], start: string): { speaker?: string | null; kind?: string } => quoteOpeningWith(paras).get(start);

it('writes the one body of that head the text named in full into the description', () => {
  const paras = ['The Department of Coastal Affairs says it is in touch with the few citizens it knows of in the region. In a statement to this programme, a spokesperson for the Department said: "Our advice against all travel remains in place."'];
  expect(get(paras, 'Our advice against')).toEqual({ speaker: 'a spokesperson for the Department of Coastal Affairs', kind: 'unnamed' });
  // So from the paragraph before.
  expect(get(['The Department of Coastal Affairs says it is in touch with citizens.', 'A spokesperson for the Department said: "Our advice against all travel remains in place."'], 'Our advice against').speaker).toBe('a spokesperson for the Department of Coastal Affairs');
});

it('leaves it as written when two bodies of that head were named', () => {
  const paras = ['Both the Department of Coastal Affairs and the Department of Inland Waters were asked. A spokesman for the Department said: "We see no change."'];
  expect(get(paras, 'We see no change').speaker).toBe('a spokesman for the Department');
});
