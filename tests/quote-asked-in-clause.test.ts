import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences and names written for these tests: a clause of time whose passive "asked" has its own subject,
// then "he" or "she" opening the main clause right before the quote.

describe('"when X was asked ..., he answered: "...""', () => {
  it('the one asked answers, not the subject of the sentence before the clause', () => {
    const text = ['Greta Lund toured the quay with Tomas Hennig at her side, and when Hennig was asked by reporters whether the port would reopen, he answered: "That is what the trip is for."'];
    expect(speakerOf(text, 'what the trip is for')).toBe('Tomas Hennig');
  });

  it('a man the sentence names first is not the "he" when another man was asked', () => {
    const text = ['Piet Ruys walked the quay with Tomas Hennig, and when Hennig was asked whether the cranes would stay, he said: "They stay as long as I do."'];
    expect(speakerOf(text, 'as long as I do')).toBe('Tomas Hennig');
  });

  it('"he" is a word of its own: the "he" inside "the" opens no clause of "was asked by"', () => {
    const text = ['When the harbour minister, Tomas Hennig, was asked by reporters whether the port would reopen, he answered: "That is what the trip is for."'];
    expect(speakerOf(text, 'what the trip is for')).toBe('Tomas Hennig');
  });

  // (The case above needs no clause of time: "when the harbour minister, Tomas Hennig, was asked" is not the phrase
  // ASKED_CLAUSE reads, a comma inside it; its rule is the word of its own, `wordAt` in credit-readers.ts.)
  it('the "he" inside "the" outside a clause of time: the "he" after "was asked by" or "was told by" is a word of its own', () => {
    const plain = ['The ferry captain, Tomas Hennig, was asked by reporters about the delay, and he said: "The engines are old."'];
    expect(speakerOf(plain, 'The engines are old')).toBe('Tomas Hennig');
    const told = ['Then the mayor, Tomas Hennig, was told by his aides that the vote was lost, and he said: "We go on."'];
    expect(speakerOf(told, 'We go on')).toBe('Tomas Hennig');
  });

  it('a pronoun of the other gender is not the one asked', () => {
    const text = ['Greta Lund toured the quay with Tomas Hennig, and when Hennig was asked whether the port would reopen, she answered: "Ask the council."'];
    expect(speakerOf(text, 'Ask the council')).not.toBe('Tomas Hennig');
  });

  it('a description asked in the clause is the person the sentence named before it, when the lexicon defines him so', () => {
    const text = ['Piet Ruys crossed the square with Francois Mitterrand beside him, and when the French president was asked by journalists whether Paris would pay, he answered: "We will see what we can do."'];
    expect(speakerOf(text, 'We will see what we can do')).toBe('Francois Mitterrand');
  });
});
