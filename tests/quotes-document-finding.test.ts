import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: an audit or study "by" an author "found that" something was "...".
describe('"A 2019 audit by BODY found that ... "...""', () => {
  it('gives the finding\'s words to the body after "by"', () => {
    const paras = ['A 2021 audit by the Valmora Audit Office found that costs had been inflated and that the quay project suffered from "chronic breaches of budget rules".'];
    expect(speakerOf(paras, 'chronic breaches of budget rules')).toBe('the Valmora Audit Office');
  });
  it('not when the document has no author', () => {
    const paras = ['A 2021 audit found that the quay project suffered from "chronic breaches of budget rules".'];
    expect(speakerOf(paras, 'chronic breaches of budget rules')).toBeNull();
  });
});
