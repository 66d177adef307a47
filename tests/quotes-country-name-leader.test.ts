import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Invented sentences: "the <country> leader", the country's own name before the noun, is the chairman whose
// title holds that country, as "the <people> leader" is.
describe("'the DPRK leader' with the country's name before the noun", () => {
  it('is the chairman named with that country in his title', () => {
    const paragraphs = [
      'Prime Minister Ivan Dorn and Chairman of the Presidium of Bhutan Tomas Varga held talks on Monday, the press service said.',
      '"We are glad to host our friends," Dorn said.',
      'The Bhutan leader, in turn, said that the ties were "the first priority" for his country.',
    ];
    expect(speakerOf(paragraphs, 'the first priority')).toBe('Tomas Varga');
  });

  it('is no party chairman nor the chairman of a senate', () => {
    expect(speakerOf(['Chairman of the Farmers Party Tomas Varga held talks.', 'The party leader, in turn, said the ties were "the first priority" for all.'], 'the first priority')).not.toBe('Tomas Varga');
    expect(speakerOf(['Chairman of the Senate Tomas Varga held talks.', 'The Senate leader, in turn, said the ties were "the first priority" for all.'], 'the first priority')).not.toBe('Tomas Varga');
  });
});
