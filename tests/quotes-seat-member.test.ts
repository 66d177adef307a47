import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';
import { describedSeat } from '../src/quotes/seat-member.ts';

// Passages written for these tests, with invented people and seats: a member of a parliament described by seat.
describe('a member of a parliament described by the seat', () => {
  it('"the Hollin Vale MP" after "Opposition MP NAME", the one member named just before', () => {
    const got = speakersByQuote([
      'Opposition MP Dara Quint urged the government to speak more clearly. "Silence is also a statement," the Hollin Vale MP said in a post on her page.',
    ]);
    expect(got.get('Silence is also a statement')).toBe('Dara Quint');
  });
  it('"the MP for Hollin Vale" after "NAME, MP for Hollin Vale," and another member of another seat', () => {
    const got = speakersByQuote([
      'Dara Quint, MP for Hollin Vale, said the talks were late.',
      'Bram Oduya, MP for Westmere, disagreed. "We can wait," he said.',
      '"Nobody can wait," the MP for Hollin Vale said.',
    ]);
    expect(got.get('Nobody can wait')).toBe('Dara Quint');
  });
  it('"the Westmere MP" after "NAME, the Westmere MP,": the seat given set off', () => {
    const got = speakersByQuote([
      'Dara Quint, MP for Hollin Vale, said the talks were late.',
      'Bram Oduya, the Westmere MP, disagreed.',
      'Dara Quint spoke again later. "We will see," the Westmere MP said.',
    ]);
    expect(got.get('We will see')).toBe('Bram Oduya');
  });
  it('no one for a seat the text gave no one, when the members named have seats of their own', () => {
    const got = speakersByQuote([
      'Dara Quint, MP for Hollin Vale, said the talks were late.',
      'Bram Oduya, MP for Westmere, disagreed.',
      '"Nobody can wait," the Stoke Marsh MP said.',
    ]);
    expect(got.get('Nobody can wait')).not.toBe('Dara Quint');
    expect(got.get('Nobody can wait')).not.toBe('Bram Oduya');
  });
  it('no one when two members were named and neither given the seat', () => {
    const got = speakersByQuote(['Opposition MP Dara Quint and government MP Bram Oduya spoke.', '"Nobody can wait," the Stoke Marsh MP said.']);
    expect(got.get('Nobody can wait')).not.toBe('Dara Quint');
    expect(got.get('Nobody can wait')).not.toBe('Bram Oduya');
  });
  it('describedSeat reads the seat of either form', () => {
    expect(describedSeat('the Hollin Vale MP')).toBe('hollin vale');
    expect(describedSeat('the MP for Hollin Vale')).toBe('hollin vale');
    expect(describedSeat('the opposition MP')).toBeNull();
  });
});
