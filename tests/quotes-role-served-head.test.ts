import { describe, it, expect } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';
import { headOnlyServed } from '../src/quotes/role-served.ts';

// Sentences and names written for these tests: a noun after "for" or "to" in a role is the one served ("a lawyer
// for the archivist"), so a later "the archivist" is not the lawyer.

describe('"the archivist" after "NAME, a lawyer for the archivist of BODY"', () => {
  it('the lawyer is not the archivist', () => {
    const got = speakersByOpening([
      'Tomas Rell, a lawyer for the archivist of the Northern Broadcast Archive, spoke to reporters. "We will appeal," Rell said.',
      'Later that day the court rose. "It is not over," the archivist said.',
    ]);
    expect(got.get('We will appeal')).toBe('Tomas Rell');
    expect(got.get('It is not')).not.toBe('Tomas Rell');
  });

  it('reads the head as served only after "for" or "to"', () => {
    expect(headOnlyServed('a lawyer for the archivist of the Northern Broadcast Archive', 'archivist')).toBe(true);
    expect(headOnlyServed('an aide to the minister', 'minister')).toBe(true);
    expect(headOnlyServed('an archivist at the Northern Broadcast Archive', 'archivist')).toBe(false);
    expect(headOnlyServed('a spokesman for the council', 'spokesman')).toBe(false);
  });
});
