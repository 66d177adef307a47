import { describe, it, expect } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

// Passages written for these tests: a man named in a fronted clause of "since" (the main clause's object "him" is
// he) is the "he" of the credit after it, and the bare continuation after that credit is his too. (Pinned: already
// read so. A fronted "since" phrase before the subject, "Since becoming chairman, NAME ...", is not read past:
// tried, it cost PolNeAR train rights.)
describe('"Since NAME spoke only in vague terms, reporters pressed him. "...," he said. "...""', () => {
  it('the credit and its continuation', () => {
    const got = speakersByOpening(['The harbour council voted on the dredging plan on Friday.', 'Since Oskar Lemm spoke only in vague terms, reporters pressed him. "We will see," he said. "Nothing is final."']);
    expect(got.get('We will see')).toBe('Oskar Lemm');
    expect(got.get('Nothing is final.')).toBe('Oskar Lemm');
  });

  it('the continuation in the next paragraph', () => {
    const got = speakersByOpening(['The harbour council voted on the dredging plan on Friday.', 'Since Oskar Lemm spoke only in vague terms, reporters pressed him. "We will see," he said.', '"Nothing is final."']);
    expect(got.get('Nothing is final.')).toBe('Oskar Lemm');
  });
});
