import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

// Sentences written for these tests (invented people): a participle of speech inside a "who" clause ("who opened
// by asking whether ...") hangs on the clause's antecedent, not on the main clause's subject, a body or anyone.
const speaker = (paras: string[], start: string): string | null | undefined => speakersByStart(paras).get(start);

it('gives "The committee was chaired by the director, NAME, who opened by asking whether it was "..."" to NAME', () => {
  expect(speaker(['The committee was chaired by the director, Lena Vos, who opened by asking whether it was "too late to change course".'], 'too late')).toBe('Lena Vos');
  expect(speaker(['The committee was chaired by Lena Vos, who opened by asking whether it was "too late to change course".'], 'too late')).toBe('Lena Vos');
  expect(speaker(['The inquiry was led by retired judge Omar Kask, who closed by warning that the port was "one storm from ruin".'], 'one storm')).toBe('Omar Kask');
});

it('still gives a participle outside any "who" clause to the main subject', () => {
  expect(speaker(['The committee met on Monday, asking whether it was "too late to change course".'], 'too late')).not.toBe('Lena Vos');
  expect(speaker(['Lena Vos opened the hearing, asking whether it was "too late to change course".'], 'too late')).toBe('Lena Vos');
});
