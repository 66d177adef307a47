import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SearchIndex } from '../src/search/search.ts';
import { reactionSubject, speaksIn } from '../src/search/speaker.ts';
import { normalizeTerm, UNITED_STATES } from '../src/text/terms.ts';
import { doc, passagesOf } from './helpers/docs.ts';

const terms = (...words: string[]): Set<string> => new Set(words.map((w) => normalizeTerm(w)!));

describe('reaction questions', () => {
  it('name who reacted', () => {
    expect(reactionSubject('How did Tokyo react?')).toBe(normalizeTerm('Tokyo'));
    expect(reactionSubject('How did Ottawa respond to the tariffs?')).toBe(normalizeTerm('Ottawa'));
    expect(reactionSubject('What did Brazil say about the deal?')).toBe(normalizeTerm('Brazil'));
    expect(reactionSubject("What was Canberra's response?")).toBe(normalizeTerm('Canberra'));
    expect(reactionSubject("Madrid's reaction to the vote?")).toBe(normalizeTerm('Madrid'));
  });

  it('include a commitment or a message asked for, which its maker says', () => {
    expect(reactionSubject('what did lisbon promise the strikers')).toBe(normalizeTerm('lisbon'));
    expect(reactionSubject('What has Oslo pledged?')).toBe(normalizeTerm('Oslo'));
    expect(reactionSubject('what did the mayor tell the council')).toBe(normalizeTerm('mayor'));
    expect(reactionSubject('What did the mayor build?')).toBeNull();
  });

  it('read an all-lower-case "us" as the United States, as the search does', () => {
    expect(reactionSubject('how did the us react before the talks')).toBe(UNITED_STATES);
    expect(reactionSubject('How did the US react?')).toBe(UNITED_STATES);
    expect(reactionSubject('What did they tell us?')).not.toBe(UNITED_STATES);
  });

  it('are only questions about a reaction', () => {
    expect(reactionSubject('Where did the ministers meet?')).toBeNull();
    expect(reactionSubject('What did Washington threaten to do?')).toBeNull();
    expect(reactionSubject('How many tanks were sold?')).toBeNull();
  });
});

describe('who speaks in a sentence', () => {
  it('is the name before a reporting verb, through what it owns, or after one closing a quote', () => {
    expect(speaksIn('Norway said the plan was premature.', terms('Norway'))).toBe(true);
    expect(speaksIn('Norway has also warned against haste.', terms('Norway'))).toBe(true);
    expect(speaksIn("Norway's foreign ministry said it would wait.", terms('Norway'))).toBe(true);
    expect(speaksIn('"We will wait," said Norway.', terms('Norway'))).toBe(true);
    expect(speaksIn('"We will wait," the United States said.', new Set([UNITED_STATES]))).toBe(true);
    expect(speaksIn('At the harbour, Norway was quoted as saying that "we will wait."', terms('Norway'))).toBe(true);
    expect(speaksIn('Norway was praised by its neighbours.', terms('Norway'))).toBe(false);
  });

  it('is not a name someone else speaks about', () => {
    expect(speaksIn('Analysts said Sweden must deepen its ties with Norway to respond to the move.', terms('Norway'))).toBe(false);
    expect(speaksIn('Trade with Norway said little about the market.', terms('Norway'))).toBe(false);
    expect(speaksIn('Officials said Norway would wait.', terms('Norway'))).toBe(false);
    expect(speaksIn('The plan was premature, analysts in Oslo said.', terms('Norway'))).toBe(false);
  });

  it('never throws on any text', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (text, name) => typeof speaksIn(text, new Set([name])) === 'boolean'));
  });
});

describe('a reaction question on a corpus', () => {
  const d = doc('r', '2023-03-02', [
    'Nordic analysts said Denmark needs to deepen its partnership with Norway in a bid to respond to the tariff plan.',
    'Asked about the tariff plan, Norway said "it is a matter for the two trading partners," keeping its distance.',
    'Fishing quotas were set for the spring season.',
  ]);
  const index = SearchIndex.build(passagesOf(d), [d]);

  it('answers with the passage where the country speaks, not where a synonym meets its name', () => {
    expect(index.ask('How did Oslo react?', 1)[0]!.passage).toBe('r#p2');
    expect(index.ask('How did Norway respond?', 1)[0]!.passage).toBe('r#p2');
    expect(index.ask("What was Norway's reaction to the tariff plan?", 1)[0]!.passage).toBe('r#p2');
  });

  it('leaves other questions to the plain ranking', () => {
    expect(index.ask('Who needs to deepen its partnership with Norway?', 1)[0]!.passage).toBe('r#p1');
  });
});
