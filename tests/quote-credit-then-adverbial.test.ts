import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences and names written for these tests: a credit set off after a fronted reported clause that holds a quoted
// fragment, then a clause of contrast or time hung on the whole sentence.

describe('"X is \\"...\\" the vote, NAME said on Monday, even as ...": the credit still holds', () => {
  it('"even as" after the credit and its time', () => {
    const text = ['Valdoria is "watching warily" the vote in Kessland, Jana Roe said on Monday, even as experts here warned of trouble.'];
    expect(speakerOf(text, 'watching warily')).toBe('Jana Roe');
  });

  it('"while" after the credit', () => {
    const text = ['The port will reopen "within days" of the storm, harbour master Olaf Brenn said, while the ferry company gave no date.'];
    expect(speakerOf(text, 'within days')).toBe('Olaf Brenn');
  });

  it('a body named after the fragment', () => {
    const text = ['Valdoria is "closely watching" the talks in Kessland, the Ministry of Foreign Relations said on Monday, even as analysts urged calm.'];
    expect(speakerOf(text, 'closely watching')).toBe('the Ministry of Foreign Relations');
  });
});
