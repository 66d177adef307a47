import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: invented people and places.
describe('"a nurse in PLACE, who wrote:": the place is never the one who wrote', () => {
  it('does not give the words to the place', () => {
    expect(speakerOf(['Ben Arlow read out an email from a listener, a retired nurse in Port Alder, who wrote: "The ferry never runs on time."'], 'The ferry')).not.toBe('Port Alder');
  });
  it('still gives them to a name placed by where the person lives', () => {
    expect(speakerOf(['Ben Arlow read out an email from Gary Boyd in Port Alder, who wrote: "The ferry never runs on time."'], 'The ferry')).toBe('Gary Boyd');
  });
  it('still gives them to a name right before the clause', () => {
    expect(speakerOf(['The mayor met Tom Poe, who said: "The ferry never runs on time."'], 'The ferry')).toBe('Tom Poe');
  });
});
