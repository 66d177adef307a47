import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

it('reads a possessive subject opening a clause after a semicolon as one opening a sentence', () => {
  const paras = ['The county council turned down our interview request; its press office said only that the ferry visit had gone "smoothly."'];
  expect(speakerOf(paras, 'smoothly')).toBe('Its press office');
});
