import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names).
describe('the one the writer puts a point to answers next', () => {
  it('"When I put this to a senior diplomat, she laughed." then "she said"', () => {
    expect(speakerOf(['When I put this to a senior harbour official, she laughed. "Ships are not friends," she said.'], 'Ships are not friends')).toBe('a senior harbour official');
  });
  it('"I put that to a customs officer." then "he said"', () => {
    expect(speakerOf(['I put that to a customs officer. "Rules are rules," he said.'], 'Rules are rules')).toBe('a customs officer');
  });
});

describe('an agency that quoted a pronoun as saying', () => {
  it('"The agency quoted him as telling NAME2 that ..." is the man named before', () => {
    expect(speakerOf(['Mayor Piet Anker spoke first. The city agency quoted him as telling Ola Brandt that the port would "always stay open".'], 'always stay open')).toBe('Piet Anker');
  });
  it('"quoted her as saying" is the woman named before', () => {
    expect(speakerOf(['Ines Varga chaired the talks. The agency quoted her as saying the deal was "within reach".'], 'within reach')).toBe('Ines Varga');
  });
});
