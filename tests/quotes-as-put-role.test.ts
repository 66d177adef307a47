import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: "As Jane Roe, <role>, put it, "..."", the role set off by commas between
// the name and the verb, once with a book title closing it in doubled single marks.
describe('"as X, a role, put it" credits X', () => {
  it('`As Jane Roe, a customs lawyer at ..., recently put it, "..."`', () => {
    const paras = ['The fee is contested. As Mara Lind, a customs lawyer and visiting scholar at the Harbor Policy Center, recently put it, “Nobody has yet been fined under this clause.”'];
    expect(speakerOf(paras, 'yet been fined')).toBe('Mara Lind');
  });
  it("`As Jane Roe, professor ... and author of ''Title,'' put it, ''...''`", () => {
    const paras = ["The ruling drew wide comment. As Hal Brennan, professor of constitutional law at Harbor University and author of ''The Quiet Charter,'' put it, ''The rule has never been tested in court.'' And if the mayor wins, there is no telling."];
    expect(speakerOf(paras, 'never been tested')).toBe('Hal Brennan');
  });
  it('`As Roe, Vos and Kask said, "..."` names no one alone', () => {
    const paras = ['As Roe, Vos and Kask said, “We will not sign.”'];
    expect(speakerOf(paras, 'will not sign')).toBeNull();
  });
});

// "As a retired envoy to Valdor, who ..., put it: "..."": the capital word closing the description after a
// preposition is where the one described served, not their name.
describe('"as a described one to PLACE put it" credits the one described, not the place', () => {
  it('`As a retired ambassador to Valdor, who asked not to be named ..., put it: "..."`', () => {
    const paras = ['Nobody expects a change. As a retired Nordland ambassador to Valdor, who asked not to be named as he still counsels the cabinet, put it: “Nobody in the palace was thinking about us.”'];
    expect(speakerOf(paras, 'Nobody in the palace')).toBe('a retired Nordland ambassador to Valdor');
  });
  it('still reads a name after a description ending on a noun: `in the words of the state agency Lusa Nova`', () => {
    const paras = ['The harbour is calm, in the words of the state agency Lusa Nova, and “trade goes on.”'];
    expect(speakerOf(paras, 'trade goes on')).toBe('Lusa Nova');
  });
});
