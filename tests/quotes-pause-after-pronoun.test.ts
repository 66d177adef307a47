import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

it('goes on with a pronoun\'s credit across "Then, after a pause:" in the same paragraph', () => {
  const paragraphs = ['Ivo Brandt, 71, who ran the ferry for thirty years, is less hopeful. "The cranes are older than I am," he says. Then, after a pause: "That is the whole story."'];
  expect(speakerOf(paragraphs, 'whole story')).toBe('Ivo Brandt');
});

it('not after a pronoun the reading could not tell, nor after someone else named between', () => {
  const paragraphs = ['Ivo Brandt met Tom Hale at the quay. "The cranes are older than I am," he says. Then, after a pause: "That is the whole story."'];
  expect(speakerOf(paragraphs, 'whole story')).toBeNull();
  const other = ['Ivo Brandt, 71, is less hopeful. "The cranes are older than I am," he says. His wife Greta laughs. Then, after a pause: "That is the whole story."'];
  expect(speakerOf(other, 'whole story')).not.toBe('Ivo Brandt');
});
