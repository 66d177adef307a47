import { describe, it, expect } from 'vitest';
import { quoteOpeningWith } from './helpers/quotes.ts';

// Passages written for these tests: someone quotes an officeholder named with a title just before, calling them
// by the title alone inside the quote.
describe('"The governor told me, \'...\'" after "Gov. NAME" was named', () => {
  it('gives the inner words to the one named under that title', () => {
    const paras = ['Lars Berg said he had spoken on Monday with Gov. Alma Rudd, who promised to raise the matter again. "The governor told me, \'The village is on my list,\'" he said.'];
    expect(quoteOpeningWith(paras).get('The village is on').speaker).toBe('Alma Rudd');
  });
  it('reads the title after the inner quote too, and a title named in the paragraph before', () => {
    const paras = ['Lars Berg met Mayor Ivo Sand on Friday to ask about the ferry.', '"I asked him twice. \'It will run again by spring,\' the mayor said, and I believed him," Berg said.'];
    expect(quoteOpeningWith(paras).get('It will run again').speaker).toBe('Ivo Sand');
  });
  it('is no one when two people were named under the title', () => {
    const paras = ['Lars Berg said he had written to Gov. Alma Rudd and to Gov. Tor Hald, who both promised to help. "The governor told me, \'The village is on my list,\'" he said.'];
    expect(quoteOpeningWith(paras).get('The village is on').speaker).toBeNull();
  });
  it('is no one when no one was named under the title', () => {
    const paras = ['Lars Berg said he had spoken on Monday with Alma Rudd, who promised to raise the matter again. "The governor told me, \'The village is on my list,\'" he said.'];
    expect(quoteOpeningWith(paras).get('The village is on').speaker).toBeNull();
  });
});
