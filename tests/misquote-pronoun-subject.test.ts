import { expect, it } from 'vitest';
import { compareAround } from '../src/quotes/misquote.ts';

const lead = (s: string, q: string): [string, number, number] => [s, s.indexOf(q), s.indexOf(q) + q.length];

it('takes a claim\'s opening "it" or "they" for the reporter\'s definite subject before the quote as close', () => {
  const [t, a, b] = lead(' that the council was watching the vote "with deep unease"', 'with deep unease');
  expect(compareAround('it was watching the vote with deep unease', t, a, b, true)?.verdict).toBe('close');
  const [t2, a2, b2] = lead(' that the ministers were studying the plan "very carefully"', 'very carefully');
  expect(compareAround('they were studying the plan very carefully', t2, a2, b2, true)?.verdict).toBe('close');
});

it('still finds a changed quote, and no pronoun stands for "no one"', () => {
  const [t, a, b] = lead(' that the council was watching the vote "with deep unease"', 'with deep unease');
  expect(compareAround('it was watching the vote with no unease', t, a, b, true)?.verdict).toBe('different');
  const [t2, a2, b2] = lead(' that no one was watching the vote "with deep unease"', 'with deep unease');
  expect(compareAround('he was watching the vote with deep unease', t2, a2, b2, true)?.verdict).toBe('different');
});
