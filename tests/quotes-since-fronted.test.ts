import { describe, it, expect } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

// Passages written for these tests: a man named in a fronted "since" phrase or clause is the "he" of the credit
// after it, and the bare continuation after that credit is his too.
const council = (second: string): Map<string, string | null> =>
  speakersByOpening(['The harbour council voted on the dredging plan on Friday.', `${second} "We will see," he said. "Nothing is final."`]);

describe('"Since ..., NAME ...", "Since NAME ..., reporters pressed him." then "...," he said. "..."', () => {
  it('a clause of "since" holding the name, the main clause\'s object him', () => {
    const got = council('Since Oskar Lemm spoke only in vague terms, reporters pressed him.');
    expect(got.get('We will see')).toBe('Oskar Lemm');
    expect(got.get('Nothing is final.')).toBe('Oskar Lemm');
  });

  it('a fronted "since" phrase of a gerund before the subject', () => {
    const got = council('Since becoming chairman, Oskar Lemm has spoken only in vague terms.');
    expect(got.get('We will see')).toBe('Oskar Lemm');
    expect(got.get('Nothing is final.')).toBe('Oskar Lemm');
  });

  it('a fronted "since" phrase of a year before the subject', () => {
    const got = council('Since 2019, Oskar Lemm has spoken only in vague terms.');
    expect(got.get('We will see')).toBe('Oskar Lemm');
  });
});
