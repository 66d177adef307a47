import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../src/search/search.ts';
import { standardQuestion } from '../src/search/chat-forms.ts';
import { desireAlternatives, nearMeaningAlternatives, sameMeaningAlternatives } from '../src/search/lexicon.ts';
import { answerKind, asksGist } from '../src/search/question-kind.ts';
import { fromOneOf, standsAsSubject } from '../src/search/rank-top.ts';
import type { QueryGroup } from '../src/search/query-plan.ts';
import { normalizeTerm, queryTerms } from '../src/text/terms.ts';
import { doc, passagesOf } from './helpers/docs.ts';

const terms = (q: string): string[] => queryTerms(q).map((w) => w.terms[0]!);
const t = (w: string): string => normalizeTerm(w)!;

describe('chat forms of session 33', () => {
  it('writes out "tryna" and "shld"', () => {
    expect(standardQuestion('wat is the mayor tryna build')).toBe('what is the mayor trying to build');
    expect(standardQuestion('so wat shld the council do')).toBe('so what should the council do');
  });
});

describe('trying to get or make as wanting', () => {
  it('reads "trying to build" as wanting to develop, and "tried to explain" as nothing', () => {
    const q = 'what is the mayor trying to build';
    const alts = desireAlternatives(q, terms(q)).map((a) => a.term);
    expect(alts).toEqual(expect.arrayContaining([t('develop'), t('desperate')]));
    const r = 'what the mayor tried to explain';
    expect(desireAlternatives(r, terms(r))).toEqual([]);
  });

  it('finds the paragraph on what the city is set on developing', () => {
    const d = doc('city', '2024-05-02', [
      'The mayor of Eastburg spoke at the opening of a library on Monday.',
      'Eastburg seems hellbent on developing new bridges and tunnels, officials said.',
      'Reporters asked the mayor whether the province would help build a stadium.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    expect(index.ask('wat bridges is the mayor tryna build', 3)[0]!.passage).toBe('city#p2');
  });
});

describe('doubt in a question and in a report', () => {
  it('joins "skeptical" and "doubtful"', () => {
    const q = 'is the council skeptical';
    expect(sameMeaningAlternatives(q, terms(q)).map((a) => a.term)).toContain(t('doubtful'));
  });
});

describe('a subject named only by a whole name', () => {
  it('takes "South Korea" whole, not the "Korea" of "North Korea"', () => {
    const group = { word: 'seoul', alternatives: ['seoul', 'south', 'korea'], how: ['exact', 'country for capital', 'country for capital'], df: 1, idf: 1, phrases: [['south', 'korea']], solo: ['seoul'] } as unknown as QueryGroup;
    expect(standsAsSubject(group, new Set(['north', 'korea']))).toBe(false);
    expect(standsAsSubject(group, new Set(['south', 'korea']))).toBe(true);
    expect(standsAsSubject(group, new Set(['seoul']))).toBe(true);
  });
});

describe('a date asked of a passage dating nothing', () => {
  it('puts the dated paragraph before the one that only names the meeting', () => {
    const d = doc('talks', '2024-06-10', [
      'Mayor Alder and Governor Brook held a summit on Tuesday in the harbour town of Westfield. It marked their first talks since March 2019, when they held a summit in Eastport.',
      'Alder said the last Alder-Brook summit was a show.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    expect(index.ask('when was the last alder brook summit b4 this one', 3)[0]!.passage).toBe('talks#p1');
  });
});

describe('the gist asked for', () => {
  it('knows a gist question', () => {
    expect(asksGist('ok tl;dr pls')).toBe(true);
    expect(asksGist("what's this article even about")).toBe(true);
    expect(asksGist('whats the big picture here')).toBe(true);
    expect(asksGist("what's the summit about")).toBe(false);
  });

  it('answers it with the lead', () => {
    const d = doc('fair', '2024-07-01', [
      'The town fair has become a defining event for the region, drawing crowds from three provinces, organisers say.',
      'The fair opened on Saturday in Millbrook. It marked the first fair since 2019, when a fair was held in Oakdale.',
      'Stalls sold cheese and bread.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    expect(index.ask("ok tl;dr pls, what's this article even about", 3)[0]!.passage).toBe('fair#p1');
    expect(index.ask("tl;dr what's the big deal about this fair", 3)[0]!.passage).toBe('fair#p1');
  });
});

describe('shells as ammunition', () => {
  it('finds ammunition for shells, near', () => {
    expect(nearMeaningAlternatives([t('shells')]).map((a) => a.term)).toContain(t('ammunition'));
  });
});

describe('a limit asked about', () => {
  it('reads "all X can get is Y?" as asking a limit', () => {
    expect(answerKind('all the eastland army can get from the north is rifles?')).toBe('only');
    expect(answerKind('what can the army get from the north')).toBe(null);
  });

  it('puts the sentence saying the limit first', () => {
    const d = doc('arms', '2024-08-01', [
      'Northland rifles for the Eastland army: officials say Northland will send rifles.',
      'There is little for the Eastland army to expect from Northland other than rifles, an official at the ministry said on Friday.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    expect(index.ask('all the eastland army can get from northland is rifles?', 3)[0]!.passage).toBe('arms#p2');
  });
});

describe('an adjective of degree', () => {
  it('weighs the noun more than "full" before it', () => {
    const d = doc('pact', '2024-09-01', [
      'The premier offered his "full" backing to the governor over the tax plan.',
      'The two parties have developed their ties into a level of close alliance beyond the old pact of the 1990s, a scholar at the institute said.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    expect(index.ask("wait so it's like a full alliance now?", 3)[0]!.passage).toBe('pact#p2');
  });
});

describe('the source asked with "from"', () => {
  it('reads "from" before one of the parties', () => {
    expect(fromOneOf('There is nothing to expect from Northland.', [[t('northland')]])).toBe(true);
    expect(fromOneOf('Northland provided rifles.', [[t('northland')]])).toBe(false);
  });
});

describe('alarm said in chat', () => {
  it('reads "freaking out" as concern', () => {
    const q = 'why is everyone freaking out about the fair';
    expect(sameMeaningAlternatives(q, terms(q)).map((a) => a.term)).toContain(t('concern'));
  });
});
