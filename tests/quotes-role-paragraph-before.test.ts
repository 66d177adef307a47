import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// A bare description crediting a quote that opens its paragraph ("...," the correspondent said.) is the one
// person the paragraph before named in full with a role of that head, a title of office too, when the text gave
// that head to no one else and uses the word for nothing else.
describe('a bare role given in the paragraph before', () => {
  it('ties "the correspondent" to the one named so in the paragraph before, as an object', () => {
    const paragraphs = [
      'Midway through, the show went live to the Berlin correspondent, Ada Fenn, who cited officials.',
      '"They want a partner, not a customer," the correspondent said of the coverage.',
    ];
    expect(speakerOf(paragraphs, 'partner, not')).toBe('Ada Fenn');
  });

  it('leaves a description when two were given the role, or the word was used for someone else', () => {
    const two = [
      'The Tribune\'s correspondent, Ada Fenn, spoke first.',
      'Midway through, the show went live to the Berlin correspondent, Ola Brisk, who cited officials.',
      '"They want a partner, not a customer," the correspondent said of the coverage.',
    ];
    expect(speakerOf(two, 'partner, not')).toBe('the correspondent');
    const other = [
      'A correspondent in Kyiv filed first.',
      'Midway through, the show went live to the Berlin correspondent, Ada Fenn, who cited officials.',
      '"They want a partner, not a customer," the correspondent said of the coverage.',
    ];
    expect(speakerOf(other, 'partner, not')).not.toBe('Ada Fenn');
  });

  it('does not reach back when the quote does not open its paragraph', () => {
    const paragraphs = [
      'Midway through, the show went live to the Berlin correspondent, Ada Fenn, who cited officials.',
      'The studio moved on to the markets. "They want a partner, not a customer," the correspondent said.',
    ];
    expect(speakerOf(paragraphs, 'partner, not')).not.toBe('Ada Fenn');
  });
});
