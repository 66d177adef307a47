import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { whatCalledSubject } from '../src/quotes/what-called.ts';

// Passages written for these tests: "what X called "..."" with a role before the name or words set off after it.
describe('"what <role> <name> called" and "what <name>, <role>, called"', () => {
  it('`what aide Omar Kask called "..."` is Kask\'s', () => {
    const paras = ['The harbour plan led to what aide Omar Kask called “the beginning of a new era for the port” in his 1999 book.'];
    expect(speakerOf(paras, 'beginning of a new era')).toBe('Omar Kask');
  });
  it('`what Jane Roe, treasurer of the fishermen\'s union, called "..."` is Roe\'s', () => {
    const paras = ['The vote became what Jane Roe, treasurer of the fishermen’s union, called “hand-to-hand combat.”'];
    expect(speakerOf(paras, 'hand-to-hand combat')).toBe('Jane Roe');
  });
  it('`what critics called "..."` stays a label', () => {
    const paras = ['The vote became what critics called “a disaster.”'];
    expect(speakerOf(paras, 'a disaster')).toBeNull();
  });
  it('reads the name, not the role', () => {
    expect(whatCalledSubject('led to what aide Omar Kask called ')).toBe('Omar Kask');
  });
});
