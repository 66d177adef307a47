import { expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

/** Each quote's opening words and the speaker credited with it. */
const speakers = (paras: string[]) => speakersByOpening(paras, 'p', '2024-03-01');

it('credits the name opening the main clause after a fronted clause in which someone else asks', () => {
  const got = speakers([
    'The harbour master, Ines Duarte, met the press at noon.',
    'When a reporter asked about the dredging contract, Duarte laughed and said: "Ask the ministry."',
  ]);
  expect(got.get('Ask the ministry.')).toBe('Ines Duarte');
});

it('does so when the asker is the writer\'s colleague from another paper', () => {
  const got = speakers([
    'The harbour master, Ines Duarte, met the press at noon.',
    'When my colleague from a shipping weekly asked about the dredging contract, Duarte shrugged and replied: "Ask the ministry."',
  ]);
  expect(got.get('Ask the ministry.')).toBe('Ines Duarte');
});

it('never credits the one who asks in the fronted clause', () => {
  const got = speakers([
    'The harbour master, Ines Duarte, met the press at noon. Paul Okafor of the dockers\' union was there too.',
    'When Okafor asked about the dredging contract, the room went quiet and Duarte said: "Ask the ministry."',
  ]);
  expect(got.get('Ask the ministry.')).not.toBe('Paul Okafor');
});
