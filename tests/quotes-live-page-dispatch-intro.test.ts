import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-02-01');

it('gives a live page\'s announced dispatch to the correspondent it announces', () => {
  const got = speakers([
    '**1.05pm** – Our harbour correspondent, Mara Olsen, is in Tromso.',
    '**1.20pm** – A reader, Petra, asks: "Why are the boats late?"',
    '**1.40pm** – Olsen, in Tromso, has been speaking to harbour officials. Here’s her latest:',
    '"An official told me the pilots had been on strike since dawn."',
    '**2.10pm** – Reader Ivo Dahl writes: "Great coverage."',
    '**2.30pm** – Mara Olsen has one last dispatch before she signs off:',
    '"It is evening here in Tromso and the quay is empty."',
  ]);
  expect(got.get('Why are the boats late')).toBe('Petra');
  expect(got.get('An official told me')).toBe('Mara Olsen');
  expect(got.get('Great coverage')).toBe('Ivo Dahl');
  expect(got.get('It is evening here')).toBe('Mara Olsen');
});

it('does not read "Here\'s his latest:" as a man\'s when only a woman was named', () => {
  const got = speakers([
    'Mara Olsen, a reporter, is in Tromso. Here’s his latest:',
    '"The boats are late."',
  ]);
  expect(got.get('The boats are late')).not.toBe('Mara Olsen');
});
