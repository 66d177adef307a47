import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a body whose own name joins its remit with "and".
describe('"The Ministry of Trade and Economic Development said" is the one body, not two subjects', () => {
  it('before a colon', () => {
    const paras = ['The Ministry of Fisheries and Coastal Development said: "We have received no such request."'];
    expect(speakerOf(paras, 'We have received no such request')).toBe('the Ministry of Fisheries and Coastal Development');
  });
  it('before a partial after "that it"', () => {
    const paras = ['The Office of Ports and Inland Waterways said on Friday that it "has not been consulted" on the route.'];
    expect(speakerOf(paras, 'has not been consulted')).toBe('the Office of Ports and Inland Waterways');
  });
  it('two bodies joined by "and" still speak as no one body', () => {
    const paras = ['The Ministry of Fisheries and the Coastal Guard said: "We have received no such request."'];
    expect(speakerOf(paras, 'We have received no such request')).not.toBe('the Coastal Guard');
    expect(speakerOf(paras, 'We have received no such request')).not.toBe('the Ministry of Fisheries');
  });
});
