import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

it('does not give "he" to a man named only as an owner in a sentence about someone described ("The deputy mayor stayed at Berg\'s elbow")', () => {
  const paragraphs = [
    'The transport officer, Tom Berg, said the fleet would be "ready by May".',
    'The deputy mayor stayed at Berg\'s elbow for most of the tour. According to the council, he called the fleet "a credit to the town".',
  ];
  expect(speakerOf(paragraphs, 'a credit to the town')).not.toBe('Tom Berg');
});

it('still gives "he" to the man when the sentence between is about him', () => {
  const paragraphs = [
    'The transport officer, Tom Berg, said the fleet would be "ready by May".',
    'The deputy mayor thanked Berg at the depot. Berg stayed for most of the tour. He called the fleet "a credit to the town".',
  ];
  expect(speakerOf(paragraphs, 'a credit to the town')).toBe('Tom Berg');
});
