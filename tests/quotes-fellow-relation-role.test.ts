import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// "His colleague NAME, a sanctions specialist at the same centre, ...": the relation before the name says whose
// fellow she is, the role set off after it what she is; a later "the sanctions specialist" is she.
const opening = [
  'VELMORA - Officials met on Monday.',
  'Rustam Oralov, a senior analyst at the Brenn Centre, said the talks mattered. "Watch the border crossing," Oralov said.',
];
const closing = 'Back in Velmora, Temirova said the farmers were right to doubt it. "For most people here this is very far away," the sanctions specialist said.';

it('ties a later description to the role set off after a name brought in as a colleague', () => {
  const paragraphs = [...opening, 'His colleague Aigul Temirova, a sanctions specialist at the same centre who is not related to him, sees a risk. "Our banks must be careful," she said.', closing];
  expect(speakerOf(paragraphs, 'For most people here')).toBe('Aigul Temirova');
});

it('gives the description no one when the colleague was given no role after her name', () => {
  const paragraphs = [...opening, 'His colleague Aigul Temirova sees a risk. "Our banks must be careful," she said.', closing];
  expect(speakerOf(paragraphs, 'For most people here')).not.toBe('Aigul Temirova');
  expect(speakerOf(paragraphs, 'For most people here')).not.toBe('Rustam Oralov');
});
