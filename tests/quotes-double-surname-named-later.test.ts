import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a man of two surnames called later by the first ("Vidal"), and a woman of the
// same first surname, unrelated, brought in only in the paragraph after the bare surname: the bare surname (and the
// "he" after it) can only mean the one named so far.
describe('a bare first surname before a namesake of two surnames is brought in', () => {
  const paras = [
    'Senator Pablo Vidal Soto, who chairs the committee, called the deal "a bad day".',
    'Vidal added that the country should act. "We cannot stay silent," he said.',
    'Economist Lucía Vidal Reyes, who is not related to the senator, said the meeting was about the war.',
    '"Russia is buying time," Vidal Reyes told the agency.',
  ];
  it('"SURNAME1 added that .... "...," he said." goes to the one named so far', () => {
    expect(speakerOf(paras, 'cannot stay silent')).toBe('Pablo Vidal Soto');
  });
  it('the namesake named after keeps her own words', () => {
    expect(speakerOf(paras, 'buying time')).toBe('Lucía Vidal Reyes');
  });
});
