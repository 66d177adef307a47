import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests, with invented names.
describe('two people joined by "and" as the subject of the credit', () => {
  it('"NAME and his wife, NAME, said: "..."" credits neither alone', () => {
    const paras = ['Gary Olten and his wife, Pam, said: "We lost everything in the fire."'];
    expect(speakerOf(paras, 'We lost everything')).toBeNull();
  });
  it('""...," the mayor, NAME, and his deputy, NAME, said." credits neither alone', () => {
    const paras = ['"It was a long night," the mayor, Bob Trent, and his deputy, Ann Wilde, said.'];
    expect(speakerOf(paras, 'It was a long night')).toBeNull();
  });
  it('a clause joined by "and" keeps its credit: "He arrived late and the chairman, NAME, said: "...""', () => {
    const paras = ['He arrived late and the chairman, Bob Hale, said: "We start now."'];
    expect(speakerOf(paras, 'We start now')).toBe('Bob Hale');
  });
  it('one person of two roles keeps the credit: "The former mayor and county judge said it was "..."', () => {
    const paras = ['The former mayor and county judge said it was "an error" to sell the land.'];
    expect(speakerOf(paras, 'an error')).not.toBeNull();
  });
  it('""...," said NAME and his neighbour." credits neither alone', () => {
    const paras = ['Kurt Amsel, a farmer, lost his barn.', '"It is gone," said Amsel and his neighbour.'];
    expect(speakerOf(paras, 'It is gone')).toBeNull();
  });
  it('""...," said NAME and then he left." keeps the credit', () => {
    const paras = ['Kurt Amsel, a farmer, lost his barn.', '"It is over," said Amsel and then he left.'];
    expect(speakerOf(paras, 'It is over')).toBe('Kurt Amsel');
  });
  it('a clause joined by "and" before a set-off credit keeps it: "NAME and NAME will meet next week, NAME said, adding, "...""', () => {
    const paras = ['Tom Rusk and Ed Tarn will meet sometime next month, Ned Spooner said, adding, "They must talk face to face."'];
    expect(speakerOf(paras, 'They must talk')).toBe('Ned Spooner');
  });
  it('one person\'s two roles before a name keep the credit: "Former prosecutor and New Town Mayor NAME ... called it a "...""', () => {
    const paras = ['Former prosecutor and New Town Mayor Rudy Gallo, who backs Tromp, called it a "no-brainer" on radio.'];
    expect(speakerOf(paras, 'no-brainer')).toBe('Rudy Gallo');
  });
  it('a list of people after the name ("said NAME, his wife and their son") credits none alone; one person\'s two roles keep it', () => {
    const paras = [
      'Kurt Amsel, a farmer, lost his barn to the flood.',
      '"We will rebuild," said Amsel, his wife and their son.',
      '"The levee failed," said Mara Ostby, the mayor and party leader.',
    ];
    expect(speakerOf(paras, 'We will rebuild')).toBeNull();
    expect(speakerOf(paras, 'The levee failed')).toBe('Mara Ostby');
  });
});
