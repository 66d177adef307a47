import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// "The Velmark senator's answer was ...": a sentence about what someone described owns puts that one forward, and
// the "he" after it may mean them as much as the man quoted a paragraph before; the reading does not know who the
// senator is, so no one is credited rather than the asker.
it('credits no one with "he said" after a sentence opening on a described man\'s answer', () => {
  const paragraphs = [
    'Lars Olsen was asked by Radio North host Tom Berg whether his plan for the ferries would risk "adding another burden to a strained budget."',
    'The Velmark senator’s answer was that the family comes first. But he made a slip.',
    '"The most important job I will ever have is being a parent," he said.',
  ];
  expect(speakerOf(paragraphs, 'most important job')).toBeNull();
});

it('keeps the "he" with the one quoted when the description is the one the text gave him', () => {
  const paragraphs = [
    'Tom Berg, the harbour pilot, said the channel was "too shallow for the new ferries."',
    'The harbour pilot’s warning was not new. He had raised it twice before.',
    '"Nobody listened then either," he said.',
  ];
  expect(speakerOf(paragraphs, 'Nobody listened')).toBe('Tom Berg');
});

it('keeps the "he" with the one quoted past a described owner of the other sex', () => {
  const paragraphs = [
    'Tom Berg, a ferry captain, said the channel was "too shallow for the new boats."',
    'The widow’s complaint came later. He did not answer it.',
    '"I have said what I had to say," he said.',
  ];
  expect(speakerOf(paragraphs, 'what I had to say')).toBe('Tom Berg');
});
