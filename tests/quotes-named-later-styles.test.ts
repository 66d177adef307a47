import { describe, it, expect } from 'vitest';
import { describedSubject } from '../src/quotes/described-subject.ts';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests, in the manner of a state wire's English report, a trade weekly and a dated
// timeline: a description with the name set off after it, read by grammar, never by a list of names.
describe('a description, then the name set off by commas, opens the sentence', () => {
  it('"Another expert, Jane Roe of Tallinn University, took a more cautious view." makes her the one a "she said" means', () => {
    const paras = [
      'Mari Tamm, a researcher in Tartu, said the visit mattered. "The West is wrong," Tamm said.',
      'Another expert, Jane Roe of Tallinn University, took a more cautious view. "Neighbours should not target anyone," she said, adding that the region needed "calm and restraint".',
    ];
    expect(speakerOf(paras, 'Neighbours should not')).toBe('Jane Roe');
    expect(speakerOf(paras, 'calm and restraint')).toBe('Jane Roe');
  });
  it('reads the description and the name, not the affiliation', () => {
    expect(describedSubject('Another expert, Ivan Petrov of the Carnegie Endowment, took a view.')).toEqual({ description: 'Another expert', name: 'Ivan Petrov' });
    expect(describedSubject('One analyst, Ivan Petrov, was blunt.')).toEqual({ description: 'One analyst', name: 'Ivan Petrov' });
  });
  it('is no such sentence when a lowercase word does not follow the name', () => {
    expect(describedSubject('Another expert, Ivan Petrov, Mari Tamm and others met.')).toBeNull();
    expect(describedSubject('In Tallinn, Ivan Petrov said so.')).toBeNull();
  });
});
