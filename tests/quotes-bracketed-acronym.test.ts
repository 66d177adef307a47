import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Sentences and names written for these tests: a body named in full with its acronym in brackets right after
// ("the Lowland Press Agency (LPA) said") is that acronym too, though no quote is credited to the short form.

function speakerHolding(paragraphs: string[], contains: string): { name?: string; aliases?: string[] } {
  const { quotes, speakers } = extractQuotes(passagesOf(doc('p', '2024-02-01', paragraphs)));
  const q = quotes.find((x) => x.quote.includes(contains));
  const s = speakers.find((x) => x.id === q?.speakerId);
  return { name: s?.name, aliases: s?.aliases };
}

describe('a body named with its acronym in brackets after it', () => {
  it('"The NAME (ACRONYM) said ... \\"...\\"": the acronym is one of its names', () => {
    const s = speakerHolding(['The Lowland Press Agency (LPA) said the two delegations had "settled the main points."'], 'settled the main');
    expect(s.name).toBe('the Lowland Press Agency');
    expect(s.aliases).toContain('the LPA');
  });

  it('letters in brackets that are not its initials are no name of it', () => {
    const s = speakerHolding(['The Lowland Press Agency (TRX) said the two delegations had "settled the main points."'], 'settled the main');
    expect(s.aliases ?? []).not.toContain('the TRX');
  });

  it('the short form used later as a speaker is the same body, named once', () => {
    const s = speakerHolding(['The Lowland Press Agency (LPA) said the talks were "long."', 'The LPA later said the delegations had "settled the main points."'], 'settled the main');
    expect(s.name).toBe('the Lowland Press Agency');
    expect(s.aliases).toEqual(['the LPA']);
  });
});
