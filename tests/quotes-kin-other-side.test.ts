import { expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

/** Each quote's opening words and the speaker credited with it. */
const speakers = (paras: string[]) => speakersByOpening(paras, 'a', '2024-03-01');

const quills = (third: string, fourth: string): string[] => [
  '"The harbour is lost," said Ronan Quill, a ferry captain.',
  `"Nobody will say that on the radio," said Bettina Quill, ${third}.`,
  fourth,
];

it('reads "Her brother" after a woman introduced as "Ronan\'s sister" as Ronan', () => {
  expect(speakers(quills("Ronan's sister and his business partner", 'Her brother was less sure. "We can still sell the boats," he said.')).get('We can still')).toBe('Ronan Quill');
});

it('leaves "Her brother" described when the text never gave the relation, or gave another', () => {
  expect(speakers(quills('a ferry pilot', 'Her brother was less sure. "We can still sell the boats," he said.')).get('We can still')).toBe('Her brother');
  expect(speakers(quills("Ronan's sister and his business partner", 'Her mother was less sure. "We can still sell the boats," she said.')).get('We can still')).not.toBe('Ronan Quill');
});

const linds = (first: string, third: string): string[] => [
  first,
  '"Four ministers," she says. "I typed for all of them."',
  third,
  'Her daughter, Sigrid Lind, 52, followed her into the ministry. "The clerks were the heroes," she says.',
  'Her mother nods. "That was our work," she says.',
];

it('reads "Her mother" of "Her daughter, Sigrid Lind" as the one woman of that family named before', () => {
  expect(speakers(linds('Mara Lind was reading in her Oslo flat when the news came. She is 80 now.', 'In 1984 she ran the typing pool.')).get('That was our')).toBe('Mara Lind');
  expect(speakers(linds('Mara Lind was reading in her Oslo flat when the news came. She is 80 now.', "In 1984 she was recalled for Olav Brekke's first budget.")).get('That was our')).toBe('Mara Lind');
});

it('credits no one when two women of the family, or another woman just named, leave the mother open', () => {
  expect(speakers(linds('Mara Lind and her sister Karin Lind were reading in their Oslo flat when the news came.', 'In 1984 she ran the typing pool.')).get('That was our')).toBeNull();
  expect(speakers(linds('Mara Lind was reading in her Oslo flat when the news came. She is 80 now.', 'Her old friend Greta Holm remembers her well. In 1984 Holm ran the typing pool.')).get('That was our')).toBeNull();
  expect(speakers(linds('Greta Holm was reading in her Oslo flat when the news came. She is 80 now.', 'In 1984 she ran the typing pool.')).get('That was our')).toBeNull();
});
