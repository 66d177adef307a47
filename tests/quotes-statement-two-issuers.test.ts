import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests, with invented bodies: "the statement" after two bodies each issued one (the
// second named as "one", "its own") is neither's for sure.
describe('"the statement said" after two issuers', () => {
  it('"The ministry released a statement. The union also issued one." leaves it to neither', () => {
    const p = ['The ministry later released a statement. The union also issued one.', '"We will not be bullied," the statement said.'];
    expect(speakerOf(p, 'We will not be bullied')).not.toBe('the ministry');
  });
  it('"... put out its own." too', () => {
    const p = ['The Harbour Board issued a statement on Friday. The dockers\' union put out its own on Saturday.', '"The port stays open," the statement said.'];
    expect(speakerOf(p, 'The port stays open')).not.toBe('The Harbour Board');
  });
  it('one issuer still speaks through its statement', () => {
    const p = ['The ministry later released a statement. The union stayed silent.', '"We will not be bullied," the statement said.'];
    expect(speakerOf(p, 'We will not be bullied')).toBe('the ministry');
  });
});
