import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

it('sets up the one described whom a passive "was asked" puts the question to, for the "he said" after it', () => {
  expect(speakerOf(['The senior engineer was asked how many ships had been turned away. "Our records are incomplete," he said.'], 'records are incomplete')).toBe('the senior engineer');
  const paragraphs = [
    'Labour\'s Mara Olsen asked the minister about the fleet.',
    'The port authority\'s most senior engineer on dredging, who sat beside the minister, was asked by Ms Olsen how many ships had been turned away. He said he could not give a figure in open session. "The committee will appreciate that some of our records are incomplete," he said.',
  ];
  expect(speakerOf(paragraphs, 'records are incomplete')).toBe("the port authority's most senior engineer on dredging");
});

it('does not set up one who asks, only one asked', () => {
  const paragraphs = ['Tom Hale, the harbour master, spoke first.', 'The senior engineer asked how many ships had been turned away. "Our records are incomplete," he said.'];
  expect(speakerOf(paragraphs, 'records are incomplete')).not.toBe('the senior engineer');
});
