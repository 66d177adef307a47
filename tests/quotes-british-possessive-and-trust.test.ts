import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

it('reads a plural possessive inside single quotes as an apostrophe, not the closing mark', () => {
  const paras = [
    "'We were given two weeks' warning to clear the stalls,' said Mr Alwyn Pryce, 58, who sells kites on the front.",
  ];
  expect(speakerOf(paras, 'We were given two weeks')).toBe('Alwyn Pryce');
  expect(speakerOf(paras, 'to clear the stalls')).toBe('Alwyn Pryce');
});

it('still closes a single-quoted partial quote that ends on a plural before a lowercase word', () => {
  const paras = ["Mrs Pryce called the levy 'unfair to the stallholders' and said she would appeal."];
  expect(speakerOf(paras, 'unfair to the stallholders')).toBe('Pryce');
});

it('takes "the trust" for the one trust the text named just before', () => {
  const paras = [
    'The plan was welcomed by the Brackwater Lido Trust, set up in 2015 to reopen the pool. In a statement, the trust said it was "ready to run the lido from the spring."',
  ];
  expect(speakerOf(paras, 'ready to run the lido')).toBe('Brackwater Lido Trust');
});

it('credits no one with "the charity said" when no charity is named', () => {
  const paras = ['The pool has been shut since May. In a statement, the charity said it was "ready to help."'];
  expect(speakerOf(paras, 'ready to help')).toBeNull();
});
