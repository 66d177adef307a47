import { describe, it, expect } from 'vitest';
import { quoteOpeningWith, speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a part of a body, placed by region, speaking in a statement.
describe('"The Far Northern branch of the national post office said ..."', () => {
  it('is a body: the branch, with its placing words and the body it belongs to', () => {
    const read = quoteOpeningWith(['The Far Northern branch of the national post office said in a statement to Harbour Freight Weekly that the depot was "operating normally" and that any increase in parcels "will depend on demand."']);
    expect(read.get('operating')).toEqual({ speaker: 'the Far Northern branch of the national post office', kind: 'organisation' });
    expect(read.get('will depend').speaker).toBe('the Far Northern branch of the national post office');
  });
  it('reads a longer placing in lowercase too', () => {
    expect(speakerOf(['The local branch of the national post office said deliveries were "running normally."'], 'running')).toBe('the local branch of the national post office');
  });
  it('keeps a name the placing opens as a body whose first word the model takes for an adverb', () => {
    expect(speakerOf(['The Far Western Fishers\' Union said in a statement on Friday that it had "heard nothing official" about the change.'], 'heard')).toBe("the Far Western Fishers' Union");
  });
  it('is no body when what it belongs to is none', () => {
    expect(speakerOf(['The Maria branch of the old family said the house was "never for sale."'], 'never for sale')).toBeNull();
  });
});
