import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { mediumOfAuthor } from '../src/quotes/medium-author.ts';

// Sentences and names written for these tests: 'Another channel, NAME, was more cautious. "...," its anonymous
// author wrote.': the author of the medium the sentence before names writes as that medium; and a body described,
// then named, opening a sentence on "Another" is its subject, the "it" after it.

const first = '"A great day for the front," writes the channel Iron Pike.';

describe('the author of a channel named just before', () => {
  it('"its anonymous author wrote": the channel, and the words after it', () => {
    const text = [first, 'Another channel, Eastern Rampart, was more cautious. "Let us not celebrate yet," its anonymous author wrote on Wednesday evening. "Promises are cheap."'];
    expect(speakerOf(text, 'celebrate yet')).toBe('Eastern Rampart');
    expect(speakerOf(text, 'Promises are cheap')).toBe('Eastern Rampart');
  });
  it('no medium, or two, named before: none read', () => {
    expect(mediumOfAuthor('its anonymous author', 'The report was long.')).toBeNull();
    expect(mediumOfAuthor('its author', 'The channel Red Quay and the blog Salt Notes differ.')).toBeNull();
    expect(mediumOfAuthor('its spokesman', 'Another channel, Red Quay, was cautious.')).toBeNull();
    expect(mediumOfAuthor('its author', 'Another channel, Red Quay, was cautious.')).toBe('Red Quay');
  });
});

describe('"Another channel, NAME, was more cautious." then "it wrote"', () => {
  it('the channel named in that sentence, not the one quoted before', () => {
    const text = [first, 'Another channel, Eastern Rampart, was more cautious. "Let us not celebrate yet," it wrote.'];
    expect(speakerOf(text, 'celebrate yet')).toBe('Eastern Rampart');
  });
});
