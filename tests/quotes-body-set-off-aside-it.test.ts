import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a body whose name is capitalised words joined by "of", set off from its verb
// by an aside of stance ("for its part", "however"), then "It said" in the next sentence.
describe('"It said" after "The BODY of NAME, for its part, issued a statement."', () => {
  it('"for its part": the body is the subject the pronoun points back to', () => {
    const paras = ['The Department of Harbour Affairs, for its part, issued a short statement. It said Pellmouth "takes note with concern" of the talks.'];
    expect(speakerOf(paras, 'takes note with concern')).toBe('the Department of Harbour Affairs');
  });
  it('"however", a name joined by "for"', () => {
    const paras = ['The Office for Coastal Trade, however, published a brief note. It said the ferries would run "as scheduled" all winter.'];
    expect(speakerOf(paras, 'as scheduled')).toBe('the Office for Coastal Trade');
  });
  it('a person named after the body in the sentence before is not passed over', () => {
    const paras = ['The Department of Harbour Affairs, for its part, issued a short statement. Its spokesman, Arno Veldt, said the port was "calm".'];
    expect(speakerOf(paras, 'calm')).toBe('Arno Veldt');
  });
});
