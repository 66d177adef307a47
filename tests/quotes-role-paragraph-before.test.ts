import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// A bare description crediting a quote that opens its paragraph ("...," the correspondent said.) is the one
// person the paragraph before named in full with a role of that head, a title of office too, when the text gave
// that head to no one else and uses the word for nothing else.
describe('a bare role given in the paragraph before', () => {
  it('ties "the correspondent" to the one named so in the paragraph before, as an object', () => {
    const paragraphs = [
      'Near the end, the bulletin switched to the Berlin correspondent, Ada Fenn, who cited officials.',
      '"They need a buyer, not a lender," the correspondent said of the coverage.',
    ];
    expect(speakerOf(paragraphs, 'buyer, not')).toBe('Ada Fenn');
  });

  it('leaves a description when two were given the role, or the word was used for someone else', () => {
    const two = [
      'The Tribune\'s correspondent, Ada Fenn, spoke first.',
      'Near the end, the bulletin switched to the Berlin correspondent, Ola Brisk, who cited officials.',
      '"They need a buyer, not a lender," the correspondent said of the coverage.',
    ];
    expect(speakerOf(two, 'buyer, not')).toBe('the correspondent');
    const other = [
      'A correspondent in Kyiv filed first.',
      'Near the end, the bulletin switched to the Berlin correspondent, Ada Fenn, who cited officials.',
      '"They need a buyer, not a lender," the correspondent said of the coverage.',
    ];
    expect(speakerOf(other, 'buyer, not')).not.toBe('Ada Fenn');
  });

  it('does not reach back when the quote does not open its paragraph', () => {
    const paragraphs = [
      'Near the end, the bulletin switched to the Berlin correspondent, Ada Fenn, who cited officials.',
      'The studio moved on to the markets. "They need a buyer, not a lender," the correspondent said.',
    ];
    expect(speakerOf(paragraphs, 'buyer, not')).not.toBe('Ada Fenn');
  });
});
