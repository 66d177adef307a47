import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { documentCreditAfter } from '../src/quotes/document-credit-after.ts';

// Passages written for these tests (invented delegates, bodies and places): a quote opening its paragraph whose own
// sentence credits it to a document ('"...," the statement read.') is the document's words, not the next words of
// the delegate who spoke at the end of the paragraph before, even when she is the one who read it out.
describe('a quote credited to a document does not go on from the speaker before', () => {
  const before = 'The envoy of Veldmark, Ambassador Orla Brennick-Saar, then spoke for a group of river States. Reading out the group\'s declaration, she said the States were "alarmed by the dams upstream."';
  it('`"...," the statement read.` after a delegate who read it out is not hers', () => {
    const paras = [before, '"Small river States live by treaties, not by tanks," the declaration read. "When treaties fail, we drown first."'];
    expect(speakerOf(paras, 'alarmed by the dams')).toBe('Orla Brennick-Saar');
    expect(speakerOf(paras, 'live by treaties')).not.toBe('Orla Brennick-Saar');
    expect(speakerOf(paras, 'we drown first')).not.toBe('Orla Brennick-Saar');
  });
  it('still goes on from her when the next quote has no credit of its own', () => {
    const paras = [before, '"Small river States live by treaties, not by tanks." The chamber fell silent.'];
    expect(speakerOf(paras, 'live by treaties')).toBe('Orla Brennick-Saar');
  });
});

describe('documentCreditAfter', () => {
  it('reads a document noun and a verb of saying after the quote', () => {
    expect(documentCreditAfter(', the statement read.')).toBe('statement');
    expect(documentCreditAfter(', the joint letter said.')).toBe('letter');
  });
  it('leaves a person\'s noun and a pronoun alone', () => {
    expect(documentCreditAfter(', the speaker said.')).toBeNull();
    expect(documentCreditAfter(', the official said.')).toBeNull();
    expect(documentCreditAfter(', she said.')).toBeNull();
  });
});
