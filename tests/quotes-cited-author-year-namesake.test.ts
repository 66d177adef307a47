import { describe, it, expect } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

// Passages written for these tests: a scholar cited by surname and year beside a namesake the text quotes.
describe('"Park (2020: 114) notes that ..." beside another Park', () => {
  it('credits the one bearer the text gave with a work of the cited year', () => {
    const by = speakersByStart([
      "Park Ji-yeon's book The Quiet Harbour (2020) takes the argument further.",
      'Park Chul-soo, the governor, told reporters the port was "open to all".',
      'Park (2020: 114) notes that "every governor complained and kept paying anyway".',
    ]);
    expect(by.get('every governor')).toBe('Park Ji-yeon');
  });
  it('credits no one when both bearers were given with that year', () => {
    const by = speakersByStart([
      "Park Ji-yeon's book The Quiet Harbour (2020) takes the argument further.",
      'Park Chul-soo, the governor, told reporters in 2020 the port was "open to all".',
      'Park (2020: 114) notes that "every governor complained and kept paying anyway".',
    ]);
    expect(by.get('every governor')).toBeNull();
  });
  it('credits no one when no bearer was given with the year', () => {
    const by = speakersByStart([
      "Park Ji-yeon's book The Quiet Harbour takes the argument further.",
      'Park Chul-soo, the governor, told reporters the port was "open to all".',
      'Park (2020: 114) notes that "every governor complained and kept paying anyway".',
    ]);
    expect(by.get('every governor')).toBeNull();
  });
});
