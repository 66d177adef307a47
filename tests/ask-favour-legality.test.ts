import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../src/search/search.ts';
import { alternativesFor, nearMeaningAlternatives, sameMeaningAlternatives } from '../src/search/lexicon.ts';
import { normalizeTerm, queryTerms } from '../src/text/terms.ts';
import { doc, passagesOf } from './helpers/docs.ts';

const ids = (index: SearchIndex, q: string): string[] => index.ask(q, 3).map((r) => r.passage);
const terms = (q: string): string[] => queryTerms(q).map((w) => w.terms[0]!);

describe('seeking favour, in chat idioms', () => {
  it('reads "cozying up to", "buddying up with", "getting closer to" as ties', () => {
    const tie = normalizeTerm('ties')!;
    for (const q of ['why is the club cozying up to the mayor', 'is the union buddying up with the owners', 'who is the league trying to get closer to', 'why is the firm sucking up to regulators']) {
      expect(sameMeaningAlternatives(q, terms(q)).map((a) => a.term)).toContain(tie);
    }
    // "Cozy" alone (a cozy cottage) is no seeking of favour.
    const cottage = 'is the cottage cozy';
    expect(sameMeaningAlternatives(cottage, terms(cottage)).map((a) => a.term)).not.toContain(tie);
  });

  it('finds where the party seeks ties, not where others are advised to', () => {
    const d = doc('harbour-town', '2024-06-02', [
      'The fishing council met the port authority on Friday to talk about quotas.',
      'The fishing council has been seeking to bolster its ties with the port authority and the ferry company ahead of the vote.',
      'Analysts said the town board needs to strengthen its relations with the ferry company to keep the ferry running, and the port authority and the council could bolster their ties further.',
      'The fishing council will be only a burden for the port authority and the ferry company, a board member said.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    expect(ids(index, 'why is the fishing council cozying up to the ferry company')[0]).toBe('harbour-town#p2');
    expect(ids(index, 'who is the fishing council getting cozy with')[0]).toBe('harbour-town#p2');
  });
});

describe('whether something is allowed, asked of a report saying what is banned', () => {
  it('reads "allowed" and "legal" as the ban a report speaks of, one way only, and weapons as arms', () => {
    const q = 'is selling fireworks even allowed';
    const ban = alternativesFor(terms(q)).filter((a) => terms(q)[a.at] === normalizeTerm('allowed')).map((a) => a.term);
    expect(ban).toEqual(expect.arrayContaining([normalizeTerm('ban')!, normalizeTerm('violation')!]));
    // A ban asked about is not asked as what is allowed.
    const asked = 'who asked for the ban';
    expect(alternativesFor(terms(asked)).map((a) => a.term)).not.toContain(normalizeTerm('allowed'));
    const w = 'which weapons were sold';
    expect(nearMeaningAlternatives(terms(w)).map((a) => a.term)).toContain(normalizeTerm('arms'));
  });

  it('reads a lower-case "un" before what the UN makes as the United Nations, after any word', () => {
    expect(queryTerms('would it break un rules').map((t) => t.terms[0])).toEqual(queryTerms('would it break UN rules').map((t) => t.terms[0]));
    expect(queryTerms('did kim jong un say anything').map((t) => t.raw)).toContain('un');
  });

  it('finds the ban for a question whether trading arms is allowed, and refuses one about something else', () => {
    const d = doc('arms-trade', '2024-02-11', [
      'The two governments met in the capital on Monday, and officials said the talks went well.',
      'Any arms deal between the two would be a violation of a treaty that bans arms transactions with the island.',
      'The army is short of rifles, and the island wants weapons technology to build its own.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    expect(ids(index, 'is trading weapons with the island even allowed')[0]).toBe('arms-trade#p2');
    expect(ids(index, 'would selling weapons break treaty rules')[0]).toBe('arms-trade#p2');
    // Most of its words the report lacks, and the rest met only by what they mean ("allowed": "bans").
    expect(ids(index, 'is smoking allowed on trains')).toEqual([]);
    expect(ids(index, 'why is my cat cozying up to the dog')).toEqual([]);
  });
});
