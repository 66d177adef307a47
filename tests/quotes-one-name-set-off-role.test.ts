import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names): a person known by one name that no list knows ("Wiryodo"),
// set off by a noun only ever of a person or by a seat in a legislature, then a verb, is a person; a later "the
// lawmaker" or "he" is that person.
describe('one name no list knows, set off by a role of a person', () => {
  it('"Wiryodo, a member of House Commission II, which ..., urged ... the opposition lawmaker said"', () => {
    const who = speakerOf(['Wiryodo, a member of House Commission II, which oversees trade and fisheries, urged the government to summon both envoys. "Being quiet is not the same as being fair," the opposition lawmaker said.'], 'Being quiet');
    expect(who).toBe('Wiryodo');
  });
  it('"Wiryodo, an opposition lawmaker, urged ... he said"', () => {
    const who = speakerOf(['Wiryodo, an opposition lawmaker, urged the government to summon both envoys. "Being quiet is not the same as being fair," he said.'], 'Being quiet');
    expect(who).toBe('Wiryodo');
  });
  it('a place or a firm set off by a noun of no person is no one', () => {
    const who = speakerOf(['Pelabuno, a port town on the coast, braced for the storm. "The boats are in," the harbour master said.'], 'boats are in');
    expect(who).not.toBe('Pelabuno');
  });
});
