import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences and names written for these tests: 'The BODY itself issued a two-line statement that said COUNTRY was
// "..." and "..."': the statement's issuer, the main clause's subject, is credited, as "issued a statement saying" is.

describe('a statement "that said" the quote, issued by the sentence\'s subject', () => {
  it('a named body, and the second fragment after "and"', () => {
    const text = ['The Marvish Foreign Ministry itself issued a two-line statement that said Marvia was "following developments closely" and "in contact with its partners."'];
    expect(speakerOf(text, 'following developments')).toBe('the Marvish Foreign Ministry');
    expect(speakerOf(text, 'in contact with')).toBe('the Marvish Foreign Ministry');
  });
  it('a body described', () => {
    expect(speakerOf(['The ministry issued a statement that said "no talks are planned before spring."'], 'no talks')).toBe('the ministry');
  });
  it('a person who issued it', () => {
    expect(speakerOf(['Ivo Marrek issued a statement that said he was "deeply sorry" for the delay.'], 'deeply sorry')).toBe('Ivo Marrek');
  });
  it('a letter the subject only answered stays no one\'s', () => {
    expect(speakerOf(['Ivo Marrek answered a letter that said he was "deeply sorry" for the delay.'], 'deeply sorry')).toBeNull();
  });
});
