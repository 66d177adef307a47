import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

it('gives the words to the one described after "According to media reports," as the source carries, never speaks', () => {
  const paragraphs = ['Local papers were harsher. According to media reports, a harbour board spokesperson claimed that any sale of the quay would "break every rule in the book," while a city official told reporters that the mayor was "watching closely."'];
  expect(speakerOf(paragraphs, 'break every rule')).toBe('a harbour board spokesperson');
  expect(speakerOf(paragraphs, 'watching closely')).toBe('a city official');
  expect(speakerOf(['According to local press accounts, an aide to the mayor said the ferry deal was "dead in the water."'], 'dead in the water')).toBe('an aide to the mayor');
});

it('keeps a named source\'s words where no one is the subject of a verb of saying after it', () => {
  expect(speakerOf(['According to the Vesterby Herald, the quay sale was "never on the table."'], 'never on the table')).toBe('the Vesterby Herald');
});
