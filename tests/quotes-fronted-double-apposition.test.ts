import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names): a fronted participle with its object named in apposition,
// then the subject described and named in apposition ("Siding with the coach, Ivo Darn, the team captain, Lars
// Benn, said:"): the second name speaks, never the first; a participle the tagger takes for a name is still one.
describe('fronted double appositions', () => {
  it('"Disagreeing with the coach, Ivo Darn, the captain, Lars Benn, said:" is the captain', () => {
    expect(speakerOf(['Disagreeing with the coach, Ivo Darn, the captain, Lars Benn, said: "We played well."'], 'played well')).toBe('Lars Benn');
  });
  it('"Siding with the coach, Ivo Darn, the team captain, Lars Benn, said:" is the captain', () => {
    expect(speakerOf(['Siding with the coach, Ivo Darn, the team captain, Lars Benn, said: "We played well."'], 'played well')).toBe('Lars Benn');
  });
  it('"Siding with the mayor, Ivo Darnat, the council\'s leader, Oskarin Tavelli, told reporters:"', () => {
    expect(speakerOf(['Siding with the mayor, Ivo Darnat, the council\'s leader, Oskarin Tavelli, told reporters: "The budget stands."'], 'budget stands')).toBe('Oskarin Tavelli');
  });
  it('never the object of the participle, whatever else', () => {
    const who = speakerOf(['Disagreeing with the coach, Ivo Darn, the captain, Lars Benn, was blunt. "We played well," he said.'], 'played well');
    expect(who).not.toBe('Ivo Darn');
  });
});
