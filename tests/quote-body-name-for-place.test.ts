import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences and names written for these tests: a body's name joined by "for" or "on" ("The Institute for X",
// "The Council on Y"), then "at" or "in" and where it is, before "said".

describe('"The Institute for X at Y College said": the institute speaks, not the college', () => {
  it('"for" inside the name', () => {
    const text = ['The Institute for Lake Studies at Fenwick College said the plan was "welcome".'];
    expect(speakerOf(text, 'welcome')).toBe('the Institute for Lake Studies at Fenwick College');
  });

  it('"on" inside the name', () => {
    const text = ['The Council on Harbour Affairs at Dunmore University said the port was "too small".'];
    expect(speakerOf(text, 'too small')).not.toBe('Dunmore University');
  });
});
