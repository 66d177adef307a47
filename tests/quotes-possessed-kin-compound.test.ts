import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-02-01');

it('does not skip a "he" past "His father-in-law" as the subject of the sentence between', () => {
  const got = speakers(['"The river gave us everything," said Tormod Vik, Eldar\'s son. His father-in-law was on the pier as well. "Eldar built that boat," he said.']);
  expect(got.get('The river gave us')).toBe('Tormod Vik');
  expect(got.get('Eldar built that boat')).not.toBe('Tormod Vik');
});

it('reads "His step-brother" by its kin word too, and lets a kin word of the other sex pass', () => {
  const step = speakers(['"The river gave us everything," said Tormod Vik. His step-brother nodded. "That boat is ours," he said.']);
  expect(step.get('That boat is ours')).not.toBe('Tormod Vik');
  const other = speakers(['"The river gave us everything," said Tormod Vik. His mother-in-law nodded. "That boat is ours," he said.']);
  expect(other.get('That boat is ours')).toBe('Tormod Vik');
});
