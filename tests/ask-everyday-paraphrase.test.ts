import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../src/search/search.ts';
import { alternativesFor, desireAlternatives, peopleNouns } from '../src/search/lexicon.ts';
import { reactionSubject } from '../src/search/speaker.ts';
import { normalizeTerm, queryTerms } from '../src/text/terms.ts';
import { doc, passagesOf } from './helpers/docs.ts';

const terms = (q: string): string[] => queryTerms(q).map((t) => t.terms[0]!);
const ids = (index: SearchIndex, q: string): string[] => index.ask(q, 3).map((r) => r.passage);

describe('everyday paraphrases in /ask', () => {
  it('reads "what does X want" as wanting said in stronger words, not "want to" before a verb', () => {
    const desire = (q: string) => desireAlternatives(q, terms(q)).map((a) => a.term);
    expect(desire('what does the club want from the league')).toEqual(expect.arrayContaining([normalizeTerm('desperate'), normalizeTerm('eager'), normalizeTerm('seeking')]));
    expect(desire('what is the mayor hoping for')).toContain(normalizeTerm('keen'));
    // "want to" only colours the verb after it: the verb is what is asked.
    expect(desire('why would the club want to sell its striker')).toEqual([]);
    expect(desire('what did the fans need')).toEqual([]);
    const d = doc('club-window', '2024-01-20', [
      'The club is desperate to sign a new striker from the league champions before the window closes.',
      'The club needs to sell two players to balance its books, the chairman said.',
      'The striker scored twice for the champions on Sunday.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    expect(ids(index, 'what does the club want')[0]).toBe('club-window#p1');
  });

  it('reads a people named as a noun as its country, even where the corpus has the adjective', () => {
    expect([...peopleNouns('how did the french react')]).toEqual(['french']);
    expect([...peopleNouns('any word from the japanese')]).toEqual(['japanese']);
    expect([...peopleNouns('what did the germans say')]).toEqual(['germans']);
    // An adjective before its noun is no people: "the French minister", "the Dutch leader's faith".
    expect([...peopleNouns('what did the french minister say')]).toEqual([]);
    expect([...peopleNouns("what was the dutch leader's faith")]).toEqual([]);
    expect(reactionSubject('any reaction from the french')).toBe(normalizeTerm('french'));
    const d = doc('port-strike', '2024-03-02', [
      'The strike closed the port for a week, and a French minister flew in to meet the union on Monday.',
      'France said it was "watching closely" and would not intervene.',
      'Dockers in Marseille said they would react to any cut in pay with another strike.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    expect(ids(index, 'how did the french react')[0]).toBe('port-strike#p2');
    expect(ids(index, 'any reaction from the french')[0]).toBe('port-strike#p2');
  });

  it("reads a country's other names (countries-list's aliases) as the country", () => {
    const found = (q: string) => alternativesFor(terms(q)).map((a) => a.term);
    expect(found('what did the uk say')).toEqual(expect.arrayContaining(['kingdom', 'london', 'britain']));
    expect(found('did holland vote for it')).toEqual(expect.arrayContaining([normalizeTerm('netherlands'), 'amsterdam']));
    expect(found('what does the dprk want')).toEqual(expect.arrayContaining(['north', 'korea']));
    const d = doc('fish-quota', '2024-05-10', [
      'Fishing boats from several countries crowded the harbour on Friday.',
      'The United Kingdom said the new quota was unfair to its fleet.',
      'Norway said it would wait for the scientists.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    expect(ids(index, 'what did the uk say')[0]).toBe('fish-quota#p2');
  });

  it('leaves "next" and "now" out of a question asking for a course of action', () => {
    const d = doc('bridge-vote', '2024-06-01', [
      'The town holds its next council meeting in July, after the vote to close the old bridge.',
      'Engineers said the town should build a ferry link while a new bridge is planned.',
      'The mayor followed the debate from the gallery.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    expect(ids(index, 'what should the town do next')[0]).toBe('bridge-vote#p2');
    expect(ids(index, 'so what should the town do now')[0]).toBe('bridge-vote#p2');
  });

  it('does not read "care" as a warning through "caution", which names carefulness as often as a warning', () => {
    const d = doc('river-flood', '2024-02-11', [
      'The mayor warned that the flooding would return next winter.',
      'The mayor voiced deep concern over the flooding in a letter to residents.',
      'Volunteers cleared the riverbank on Saturday.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    expect(ids(index, 'does the mayor even care about the flooding')[0]).toBe('river-flood#p2');
  });
});
