import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences and names written for these tests: 'SUBJECT quote(s) NAME's remark to the press at PLACE, "..."': the
// one whose remark it is speaks, however the phrases of where and to whom run, and whatever the subject's number.

describe('"quote(s) NAME\'s remark" with phrases of where and to whom', () => {
  it('"Both books quote NAME\'s remark to the press at the harbour gate, ..."', () => {
    const text = ['Ada Brenner and Oskar Lund have each written a book about the strike. Both books quote Ivo Tamm\'s remark to the press at the harbour gate, "We will not be hurried," and both treat it as the turning point.'];
    expect(speakerOf(text, 'We will not be hurried')).toBe('Ivo Tamm');
  });

  it('"The book quotes NAME\'s remark to the press at the harbour gate, ..."', () => {
    const text = ['Ada Brenner has written a book about the strike. The book quotes Ivo Tamm\'s remark to the press at the harbour gate, "We will not be hurried," as the turning point.'];
    expect(speakerOf(text, 'We will not be hurried')).toBe('Ivo Tamm');
  });
});
