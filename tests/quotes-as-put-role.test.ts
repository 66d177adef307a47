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
