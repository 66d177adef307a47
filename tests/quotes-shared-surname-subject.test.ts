import { expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// A woman and a man share a surname; a third man is quoted; then the bare surname opens a sentence as its subject.
const opening = [
  'As Clara Dunne, who ran the Baltic desk at the foreign ministry until last year, put it to me on Monday, "Every crate is counted twice."',
  'Senator Mark Dunne — no relation to Clara, as both will say — has pressed the point in committee for weeks.',
  'Her neighbour, Dan Holt, a baker, was blunter. "Nobody asks us," he said.',
  'Clara Dunne thinks the cabinet should say so. "We keep quiet too long," she said.',
];
const words = 'If a ship stops at Tarn, I want to know';

it('gives a "he" after a bare shared surname as subject to the man of that surname, not to a man quoted before it', () => {
  for (const last of [
    'Dunne would push harder. He wants an inquiry into the harbours, and he wants it soon. "If a ship stops at Tarn, I want to know," he said.',
    'Dunne — the senator, not the diplomat — would push harder. He wants an inquiry into the harbours. "If a ship stops at Tarn, I want to know," he said.',
    'Dunne, the senator, would push harder. "If a ship stops at Tarn, I want to know," he said.',
  ]) {
    expect(speakersByQuote([...opening, last]).get(words), last).toBe('Mark Dunne');
  }
});

it('picks the namesake the role set off names, and leaves it to no one when the role is not told and both are men', () => {
  const men = [
    'Paul Dunne, a diplomat who ran the Baltic desk until last year, said on Monday that "every crate is counted twice."',
    'Senator Mark Dunne, no relation, has pressed the point in committee for weeks.',
    'Her neighbour, Dan Holt, a baker, was blunter. "Nobody asks us," he said.',
  ];
  const said = (aside: string): string | null | undefined => speakersByQuote([...men, `Dunne${aside} would push harder. "If a ship stops at Tarn, I want to know," he said.`]).get(words);
  expect(said(', the senator,')).toBe('Mark Dunne');
  expect(said(', the diplomat,')).toBe('Paul Dunne');
  expect(said(' — the senator, not the diplomat —')).toBe('Mark Dunne');
  expect(said('')).toBeNull();
});

it('gives no one a "he" when the role set off is the woman\'s', () => {
  const got = speakersByQuote([
    'Clara Dunne, a senator, and Mark Dunne, a diplomat, both spoke at the hearing on Tuesday.',
    '"The deal will not hold," said Dan Holt, a trade adviser.',
    'Dunne, the senator, would push harder. "If a ship stops at Tarn, I want to know," he said.',
  ]);
  expect(got.get(words)).not.toBe('Dan Holt');
});
