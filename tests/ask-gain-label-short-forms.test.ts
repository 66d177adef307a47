import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../src/search/search.ts';
import { benefitAsWanting } from '../src/search/benefit-question.ts';
import { standardQuestion } from '../src/search/chat-forms.ts';
import { clippedAlternatives, leaderAlternatives, nearMeaningAlternatives } from '../src/search/lexicon.ts';
import { asksLabel, reactionSubject } from '../src/search/speaker.ts';
import { answerKind } from '../src/search/question-kind.ts';
import { wantedBy } from '../src/search/rank-top.ts';
import { normalizeTerm, queryTerms, tokenize } from '../src/text/terms.ts';
import { doc, passagesOf } from './helpers/docs.ts';

const ids = (index: SearchIndex, q: string): string[] => index.ask(q, 3).map((r) => r.passage);
const terms = (q: string): string[] => queryTerms(q).map((w) => w.terms[0]!);

describe('what a party gains, asked as people ask it', () => {
  it('reads "what\'s in it for X" and "what did X get out of it" as wanting', () => {
    expect(benefitAsWanting("what's in it for the union?")).toBe('what does the union want?');
    expect(benefitAsWanting('whats in it for the council')).toBe('what does the council want');
    expect(benefitAsWanting('so what did the mayor get out of it')).toBe('so what did the mayor want');
    // What the other party gives, and a gaining already said as wanting, are left as asked.
    expect(benefitAsWanting('what can the club get out of the council')).toBe('what can the club get out of the council');
    expect(benefitAsWanting('what does the club hope to get out of it')).toBe('what does the club hope to get out of it');
  });

  it('finds what the party needs', () => {
    const d = doc('port-deal', '2024-04-03', [
      'The port authority and the shipping line signed the lease on Monday.',
      'The shipping line needs more berths to handle its growing fleet, analysts said.',
      'The port authority hopes the lease will bring jobs to the town.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    expect(ids(index, 'whats in it for the shipping line')[0]).toBe('port-deal#p2');
  });

  it('puts the one wanted from, wanting, below the one asked about', () => {
    const text = 'The union has been seeking higher pay from the owners.';
    const want = ['want', 'seek', 'need'].map((w) => normalizeTerm(w)!);
    expect(wantedBy(text, tokenize(text), want, [normalizeTerm('union')!], [normalizeTerm('owners')!])).toBe(true);
    expect(wantedBy(text, tokenize(text), want, [normalizeTerm('owners')!], [normalizeTerm('union')!])).toBe(false);
    const d = doc('dock-strike', '2024-09-12', [
      'The union has been seeking closer ties with the owners and the city.',
      'The owners need the union to end the strike before the harvest shipments.',
      'The strike entered its third week on Tuesday.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    expect(ids(index, 'What did the owners want from the union?')[0]).toBe('dock-strike#p2');
  });
});

describe('a label someone gave', () => {
  it('reads "what did X call it" as X speaking, and "what\'d" as "what did"', () => {
    expect(reactionSubject('what did the league call it')).toBe(normalizeTerm('league'));
    expect(standardQuestion("what'd the league call the whole thing")).toBe('what did the league call the whole thing');
    expect(asksLabel('what did the league call it')).toBe(true);
    expect(asksLabel('what did the league say')).toBe(false);
    expect(answerKind("what's the stadium called again")).toBe('name');
    const d = doc('cup-final', '2024-05-20', [
      'The final was stopped twice, and the referee was booed by both sets of fans.',
      'The league said "it was a regrettable evening for the game," and promised a review.',
      'The league will meet the clubs next week, and the fans want answers.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    expect(ids(index, "what'd the league call it")[0]).toBe('cup-final#p2');
  });

  it('takes a label given as a quotation the one asked about speaks, not as any speaking of theirs', () => {
    const d = doc('choir-row', '2023-11-02', [
      'After the long concert in the old cathedral, the bishop branded Father Reilly a troublemaker.',
      'The bishop announced Father Reilly had left.',
      'Father Reilly resigned in the spring.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    expect(ids(index, 'What did the bishop call Father Reilly?')[0]).toBe('choir-row#p1');
  });
});

describe('words people shorten', () => {
  it('searches the full word beside the short one', () => {
    const q = 'will the navy get nuke sub tech';
    const alt = clippedAlternatives(queryTerms(q).map((w) => w.raw)).map((a) => a.term);
    expect(alt).toEqual(expect.arrayContaining(['nuclear', 'submarine', 'technology'].map((w) => normalizeTerm(w)!)));
    const d = doc('navy-plan', '2024-01-15', [
      'The navy wants more ships, and the minister said sailors would get better pay.',
      'The navy could get nuclear submarine technology from its ally within a decade, officials said.',
      'The new tech hub opened in the capital.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    expect(ids(index, 'will the navy get nuke sub tech')[0]).toBe('navy-plan#p2');
  });
});

describe('worry and concern', () => {
  it('finds "concerns" for "worried", weighing less than a word the question names', () => {
    const q = 'are the doctors worried';
    expect(nearMeaningAlternatives(terms(q)).map((a) => a.term)).toContain(normalizeTerm('concern'));
    const d = doc('clinic-closure', '2024-03-01', [
      'The clinic will close in June, the health board said.',
      'Doctors raised concerns that patients would have to travel for hours.',
      'The health board warned the town that the budget would be cut again.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    expect(ids(index, 'r the doctors worried')[0]).toBe('clinic-closure#p2');
    expect(ids(index, 'why is the health board worried')[0]).not.toBe('clinic-closure#p2');
  });
});

describe('a leader for their country', () => {
  it("reads a current leader WordNet defines by a country's adjective as that country", () => {
    const q = 'what did Putin want';
    expect(leaderAlternatives(queryTerms(q).map((w) => w.raw)).map((a) => a.term)).toEqual([normalizeTerm('Russia')]);
    // A numbered office is a holder since replaced; a word that is no leader's name stands for nothing.
    expect(leaderAlternatives(['Lincoln', 'bush', 'harbour'])).toEqual([]);
    const d = doc('grain-talks', '2024-02-20', [
      'Vladimir Putin met the delegation in Sochi on Monday, his spokesman said.',
      'Russia needs new buyers for its grain after the harvest, traders said.',
      'The delegation wants lower prices.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    expect(ids(index, 'what did putin want')[0]).toBe('grain-talks#p2');
  });
});
