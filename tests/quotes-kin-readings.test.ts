import { expect, it } from 'vitest';
import type { NameMention } from '../src/quotes/name-mentions.ts';
import { actsOnOwnKin, kinDoerIn } from '../src/quotes/kin-acts.ts';
import { kinOnlyBefore, opensOnPossessiveBefore, ownerJoinedByAnd, relationOwnedBefore } from '../src/quotes/kin-before-name.ts';
import { kinAppositivesIn } from '../src/quotes/kin-named-before.ts';
import { possessiveKin, possessiveOwnerOfRelation } from '../src/quotes/kin-possessive.ts';

// Pure readings of kin moved out of the document and surname readers (session 57, w6): each reads the same
// text it read in place. Sentences and names are invented.

it('reads a relative called by the word of kin alone acting in the past', () => {
  expect(kinDoerIn('Tor Vesk spoke after his father unveiled the new motto.')).toBe(true);
  expect(kinDoerIn('Later her aunt quietly wrote to the council.')).toBe(true);
  expect(kinDoerIn('Tor Vesk spoke of his father at length.')).toBe(false);
});

it('reads a subject acting on a relation of its own of one sex', () => {
  const text = 'Mara Quill showed her grandmother the harbour.';
  const m = { name: 'Mara Quill', at: 0 } as NameMention;
  expect(actsOnOwnKin(text, m, 'f')).toBe(true);
  expect(actsOnOwnKin(text, m, 'm')).toBe(false);
  expect(actsOnOwnKin(text, m, null)).toBe(false);
  expect(actsOnOwnKin('Mara Quill sailed. Then she showed her grandmother the harbour.', m, 'f')).toBe(false);
});

it('reads "his/her KIN, " right before a name, and "and his/her KIN" between two names', () => {
  expect(kinOnlyBefore('Senator Ray Tolm and his wife, ')).toBe(true);
  expect(kinOnlyBefore('Senator Ray Tolm and her late husband, ')).toBe(true);
  expect(kinOnlyBefore('Senator Ray Tolm and his aide, ')).toBe(false);
  expect(kinOnlyBefore('his wife, and then ')).toBe(false);
  expect(ownerJoinedByAnd(' and her sister ')).toBe('f');
  expect(ownerJoinedByAnd(' and his younger brother, ')).toBe('m');
  expect(ownerJoinedByAnd(', and his brother ')).toBeNull();
  expect(ownerJoinedByAnd(' and his brother, the mayor, ')).toBeNull();
});

it('reads every "His/Her KIN, NAME," set off, with the word of kin and the name as written', () => {
  expect(kinAppositivesIn('Piers Wragg disagreed. His son, Owen, stayed. (Her late sister-in-law, Ada Venn Roe, left.)')).toEqual([
    { at: 22, end: 37, owner: 'm', kin: 'son', name: 'Owen' },
    { at: 46, end: 84, owner: 'f', kin: 'sister-in-law', name: 'Ada Venn Roe' },
  ]);
  expect(kinAppositivesIn('His son Owen stayed.')).toEqual([]);
  expect(kinAppositivesIn('his son, Owen, stayed.')).toEqual([]);
  // (Called again, the same text reads the same: no state is left over from the call before.)
  expect(kinAppositivesIn('His son, Owen, stayed.')).toEqual([{ at: 0, end: 14, owner: 'm', kin: 'son', name: 'Owen' }]);
  expect(kinAppositivesIn('His son, Owen, stayed.')).toEqual([{ at: 0, end: 14, owner: 'm', kin: 'son', name: 'Owen' }]);
});

it('reads the owner of a role that is only a capitalised possessive and a word of kin or company', () => {
  expect(possessiveOwnerOfRelation('His wife')).toBe('m');
  expect(possessiveOwnerOfRelation('Her younger brother')).toBe('f');
  expect(possessiveOwnerOfRelation('Her deputy')).toBe('f');
  expect(possessiveOwnerOfRelation('his wife')).toBeNull();
  expect(possessiveOwnerOfRelation('His driver')).toBeNull();
  expect(possessiveOwnerOfRelation('His wife and son')).toBeNull();
});

it('reads "his/her KIN" of one word as the owner\'s sex, the word of kin and its sex', () => {
  expect(possessiveKin(' his wife ')).toEqual({ owner: 'm', kin: 'wife', sex: 'f' });
  expect(possessiveKin('Her Uncle')).toEqual({ owner: 'f', kin: 'uncle', sex: 'm' });
  expect(possessiveKin('her driver')).toBeNull();
  expect(possessiveKin('their son')).toBeNull();
  expect(possessiveKin('his late wife')).toBeNull();
});

it('reads the word of relation a possessive owns right before a name, and a word joined to it by "and"', () => {
  expect(relationOwnedBefore('on Sunday, Vell\'s mother and coach, ')).toEqual({ relation: 'mother', joined: 'coach' });
  expect(relationOwnedBefore('the shop with her late husband ')).toEqual({ relation: 'husband', joined: undefined });
  expect(relationOwnedBefore('with their son and daughter, ')).toEqual({ relation: 'son', joined: 'daughter' });
  expect(relationOwnedBefore('with the mayor, ')).toBeNull();
});

it('reads a sentence that is only a capitalised possessive and its relation up to a name', () => {
  expect(opensOnPossessiveBefore('His daughter, ')).toBe(true);
  expect(opensOnPossessiveBefore(' Her younger half-brother ')).toBe(true);
  expect(opensOnPossessiveBefore('Later his daughter, ')).toBe(false);
  expect(opensOnPossessiveBefore('His daughter and the mayor, ')).toBe(false);
});
