import { expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';
import { listsLeanSex } from '../src/quotes/first-names.ts';

// "NAME-f's health ... a physician under Governor Bill X ... X let her staff believe ... '...,' X wrote.": the
// narration gave the bare surname a sex ("let her staff"); a holder whose given name stdlib lists for both sexes
// ("Bill") is counted by the lean of the language lists, so the woman who bears the surname is meant, not the man
// named last (`document-speakers.ts` narratedSurnameGender, `first-names.ts` listsLeanSex).

it('gives a bare surname the narration made a "her" to the woman of two namesakes when the man is a "Bill"', () => {
  const got = speakersByQuote([
    'Doubts about Hester Varrow\'s health are not new, her former physician says.',
    'Dr. Ilse Mund, who served under Governor Bill Varrow in Tallis, said that in 2004 Varrow let her aides believe a clot was a sprain.',
    'Mund described the episode in a memoir.',
    'In her own book, Varrow mentioned the clot.',
    '"I could barely stand on my left leg," Varrow wrote in 2009.',
  ]);
  expect(got.get('I could barely stand on my left leg')).toBe('Hester Varrow');
});

it('leans "Bill" male by the language lists, and tells nothing of a name they split', () => {
  expect(listsLeanSex('Bill')).toBe('m');
  expect(listsLeanSex('Hester')).toBe('f');
  expect(listsLeanSex('Jordan')).toBeNull();
});
