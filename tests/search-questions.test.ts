import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load.ts';
import { buildPassages } from '../src/text/passages.ts';
import { SearchIndex } from '../src/search/search.ts';
import { alternativesFor, demonymAlternatives, EVENT_WORDS, isPlaceTerm, SAME_MEANING, sameMeaningAlternatives } from '../src/search/lexicon.ts';
import { mainPeople } from '../src/search/people.ts';
import { planQuery } from '../src/search/query-plan.ts';
import { answerKind, sentenceHas } from '../src/search/question-kind.ts';
import { normalizeTerm, queryTerms, tokenize, UNITED_STATES } from '../src/text/terms.ts';
import { adverbRoots, collocationWords, derivedWords, meaningNeighbours, oppositeWords, pertainsTo, senseWords } from '../src/text/wordnet.ts';
import { novelThird, secondChance, type Hit } from '../src/search/hits.ts';
import type { Passage } from '../src/types.ts';
import { doc, passagesOf } from './helpers/docs.ts';

const seedDocs = loadCorpus('corpus');
const seed = SearchIndex.build(buildPassages(seedDocs), seedDocs);
const riverDocs = loadCorpus('tests/fixtures/corpora/river-summit');
const riverPassages = buildPassages(riverDocs);
const river = SearchIndex.build(riverPassages, riverDocs);

const terms = (q: string): string[] => queryTerms(q).map((t) => t.terms[0]!);
const alternatives = (q: string) => alternativesFor(terms(q)).map((a) => [a.term, a.how]);
const first = (index: SearchIndex, q: string): string | undefined => index.ask(q, 3)[0]?.passage;

describe('the lexicon', () => {
  it('reads a capital as its country, for each capital the issue names', () => {
    const cases: [string, string[]][] = [
      ['Washington', [UNITED_STATES]],
      ['Beijing', ['china']],
      ['Moscow', ['russia']],
      ['Pyongyang', ['north', 'korea']],
      ['Seoul', ['south', 'korea']],
      ['Tokyo', ['japan']],
    ];
    for (const [capital, country] of cases) {
      const found = alternativesFor(terms(`What did ${capital} say?`)).filter((a) => a.how === 'country for capital');
      expect(found.map((a) => a.term), capital).toEqual(country);
    }
  });

  it('reads a capital of two words, and a seat of government, as its country', () => {
    expect(alternatives('What did Buenos Aires drop?')).toContainEqual([normalizeTerm('Argentina'), 'country for capital']);
    expect(alternatives('What did the Kremlin say?')).toContainEqual([normalizeTerm('Russia'), 'country for capital']);
    expect(alternatives('What did the White House say?')).toContainEqual([UNITED_STATES, 'country for capital']);
  });

  it('reads a country as its capital too', () => {
    expect(alternatives('What did North Korea provide?')).toContainEqual(['pyongyang', 'capital for country']);
  });

  it('reads each word of a country of several words as its capital', () => {
    const at = alternativesFor(terms('What did North Korea provide?')).filter((a) => a.term === 'pyongyang').map((a) => a.at);
    expect(at.sort()).toEqual([0, 1]);
  });

  it('lets the words of one event group find each other, and no others', () => {
    for (const group of EVENT_WORDS) {
      const [word, ...others] = group;
      const term = normalizeTerm(word!)!;
      const found = alternativesFor([term]).map((a) => a.term);
      for (const o of others) if (normalizeTerm(o) !== term) expect(found, `${word} → ${o}`).toContain(normalizeTerm(o));
    }
    expect(alternatives('When did they meet?').map(([t]) => t)).toEqual(expect.arrayContaining(['summit', normalizeTerm('talks')]));
    expect(alternatives('Where did she visit?').map(([t]) => t)).toEqual(['trip']);
    expect(alternatives('What did they warn about?').map(([t]) => t)).toContain(normalizeTerm('threaten'));
    expect(alternatives('What did the farmers grow?')).toEqual([]);
  });

  it('lets each word or phrase of a same-meaning group find the single words of the others', () => {
    for (const group of SAME_MEANING) {
      for (const entry of group) {
        const found = sameMeaningAlternatives(entry, terms(entry)).map((a) => a.term);
        for (const other of group) {
          if (other === entry || other.includes(' ')) continue;
          const t = normalizeTerm(other)!;
          if (!terms(entry).includes(t)) expect(found, `${entry} → ${other}`).toContain(t);
        }
      }
    }
  });

  it('matches a same-meaning phrase in any inflection, on each of its words, and nothing else', () => {
    const same = (q: string) => sameMeaningAlternatives(q, terms(q)).map((a) => [terms(q)[a.at], a.term]);
    expect(same('could they run war games together')).toEqual(expect.arrayContaining([['war', 'drill'], ['game', 'drill']]));
    expect(same('did the leaders discuss teaming up on defense')).toEqual(expect.arrayContaining([['team', normalizeTerm('cooperation')], ['defens', 'militari']]));
    expect(same('where exactly did the two of them sit down')).toEqual(expect.arrayContaining([['sit', 'summit'], ['sit', normalizeTerm('talks')]]));
    expect(same('where exactly did they sit down').map(([, t]) => t)).toContain('meet');
    expect(same('is north korea going to be a liability for russia')).toEqual([['liabil', 'burden']]);
    expect(same('what is russia running low on').map(([, t]) => t)).toContain(normalizeTerm('depleting'));
    // The words of a phrase apart are not the phrase: "team" alone, "sit" alone, "low" alone find nothing.
    expect(same('which team won the game')).toEqual([]);
    expect(same('where did they sit')).toEqual([]);
    expect(same('how low is the river')).toEqual([]);
  });

  it('knows place names', () => {
    expect(isPlaceTerm(normalizeTerm('Seoul'))).toBe(true);
    expect(isPlaceTerm(normalizeTerm('Brazil'))).toBe(true);
    expect(isPlaceTerm(normalizeTerm('ammunition'))).toBe(false);
  });
});

describe('the people a corpus is about', () => {
  const frequency = (passages: ReturnType<typeof buildPassages>) => (t: string) =>
    passages.filter((p) => queryTerms(p.text).some((q) => q.terms.includes(t))).length;

  it('are found from the corpus, not from a list: the two leaders of the bundled article', () => {
    const passages = buildPassages(seedDocs);
    const people = mainPeople(passages, frequency(passages)).map((p) => p[0]);
    expect(people.sort()).toEqual(['kim', 'putin']);
  });

  it('are found in a corpus of other people', () => {
    const people = mainPeople(riverPassages, frequency(riverPassages)).map((p) => p[0]);
    expect(people.sort()).toEqual(['ferreyra', 'oliveira']);
  });

  it('stand for "they" and "the two leaders" in a question', () => {
    expect(first(seed, 'Where did they meet?')).toBe('yonhap-kim-putin-summit#p2');
    expect(first(river, 'Where did the two presidents meet?')).toBe('southern-dispatch-border-summit#p1');
    const matched = seed.ask('Where did they meet?', 1)[0]!.matched!;
    expect(matched.filter((m) => m.how === 'person').map((m) => m.term).sort()).toEqual(['kim', 'putin']);
  });

  it('stand for "the two of them" and "both of them" as one word, whose "two" is no question word', () => {
    const corpus = { passageCount: 24, bodyFrequency: (t: string) => (t === 'two' ? 5 : 1), inTitles: () => false, people: () => [['putin'], ['kim']] };
    for (const q of ['why is the us worried about the two of them', 'what do both of them want']) {
      const groups = planQuery(q, corpus).groups;
      expect(groups.map((g) => g.word), q).not.toContain('two');
      expect(groups.filter((g) => g.how.every((h) => h === 'person')).map((g) => g.alternatives[0]), q).toEqual(['putin', 'kim']);
    }
  });

  it('share the weight of the one word that stands for them', () => {
    const plan = planQuery('are they gonna do military exercises together', {
      passageCount: 24,
      // "military" rarer than either leader, so that the cap below (no more than the commonest word) does not bind.
      bodyFrequency: (t) => ({ putin: 6, vladimir: 1, kim: 5, jong: 2, militari: 3 })[t] ?? 0,
      inTitles: () => false,
      people: () => [['putin', 'vladimir'], ['kim', 'jong']],
    });
    const people = plan.groups.filter((g) => g.how.every((h) => h === 'person'));
    expect(people.map((g) => g.alternatives[0])).toEqual(['putin', 'kim']);
    const alone = (df: number) => Math.log(1 + (24 - df + 0.5) / (df + 0.5));
    expect(people[0]!.idf).toBeCloseTo(alone(6) / 2);
    expect(people[1]!.idf).toBeCloseTo(alone(5) / 2);
    // On the bundled article the passage naming both leaders no longer outweighs the one about joint drills.
    expect(first(seed, 'are they gonna do military exercises together')).toBe('yonhap-kim-putin-summit#p13');
  });

  it('weigh no more than the commonest word the question asks about', () => {
    const plan = planQuery('what kind of military cooperation could happen between them', {
      passageCount: 24,
      bodyFrequency: (t) => ({ putin: 3, vladimir: 1, kim: 2, jong: 1, militari: 10, cooper: 8 })[t] ?? 0,
      inTitles: () => false,
      people: () => [['putin', 'vladimir'], ['kim', 'jong']],
    });
    const idf = (df: number) => Math.log(1 + (24 - df + 0.5) / (df + 0.5));
    const people = plan.groups.filter((g) => g.how.every((h) => h === 'person'));
    expect(people.map((g) => g.idf)).toEqual([idf(10) / 2, idf(10) / 2]);
    // On the bundled article the passage naming both leaders (Putin's satellite hint, Kim's support over Ukraine)
    // no longer outweighs the one on the forms military cooperation may take.
    expect(first(seed, 'what kind of military cooperation could happen between them')).toBe('yonhap-kim-putin-summit#p13');
  });
});

describe('the words that frame a question', () => {
  const corpus = { passageCount: 24, bodyFrequency: () => 1, inTitles: () => false, people: () => [['putin'], ['kim']] };
  it('leave "how come" out: it is "why", and its "come" no word of what is asked', () => {
    expect(planQuery('how come russia needs to restock', corpus).groups.map((g) => g.word)).toEqual(['russia', 'needs', 'restock']);
    expect(planQuery('when did the delegation come home', corpus).groups.map((g) => g.word)).toContain('come');
  });

  it('weigh the light verb of a phrasal verb WordNet lists at a quarter: "come up" is not "come here"', () => {
    const come = (q: string) => planQuery(q, corpus).groups.find((g) => g.word === 'come')!;
    const up = planQuery('did cooperation come up at the summit', corpus);
    expect(come('did cooperation come up at the summit').idf).toBeCloseTo(come('did the delegation come home').idf * 0.25);
    expect(up.boost.get('come')).toBe(0.25);
    // A verb that carries the meaning ("talk about", "sit down") keeps its weight.
    expect(planQuery('what did they talk about', corpus).boost.get('talk')).toBeUndefined();
  });

  it('read a verb done to each other as the event one of its senses names', () => {
    const has = (t: string) => (['summit', 'talk', 'meet'].includes(t) ? 1 : 0);
    const c = { passageCount: 24, bodyFrequency: has, inTitles: () => false, people: () => [['putin'], ['kim']] };
    const see = planQuery('when did they last see each other', c).groups.find((g) => g.word === 'see')!;
    expect(see.alternatives).toEqual(expect.arrayContaining(['meet', 'summit']));
    const alone = planQuery('what did they see', c).groups.find((g) => g.word === 'see')!;
    expect(alone.alternatives).not.toContain('summit');
  });

  it('leave "is it true that" out: it asks whether the rest is said', () => {
    expect(planQuery('is it true that both launches flopped', corpus).groups.map((g) => g.word)).toEqual(['launches', 'flopped']);
    expect(planQuery('is it true both launches flopped', corpus).groups.map((g) => g.word)).toEqual(['launches', 'flopped']);
    expect(planQuery('what is true of the launches', corpus).groups.map((g) => g.word)).toContain('true');
  });

  it('leave out the unit of "which month", "what year": it says the kind of answer, not what it is about', () => {
    expect(planQuery('which month did the ministers meet', corpus).groups.map((g) => g.word)).toEqual(['ministers', 'meet']);
    expect(planQuery('What year was the bridge built?', corpus).groups.map((g) => g.word)).toEqual(['bridge', 'built']);
    expect(planQuery('what did they agree last month', corpus).groups.map((g) => g.word)).toContain('month');
  });

  it('leave out "last" and "next" of a "when" question: they say which time, not what happened', () => {
    expect(planQuery('when did the ministers last meet', corpus).groups.map((g) => g.word)).toEqual(['ministers', 'meet']);
    expect(planQuery('When is the next launch?', corpus).groups.map((g) => g.word)).toEqual(['launch']);
    expect(planQuery('what happened at the last summit', corpus).groups.map((g) => g.word)).toContain('last');
  });
});

describe('the kind of answer a question asks for', () => {
  it('is read from the question words', () => {
    expect(answerKind('Where did they meet?')).toBe('place');
    expect(answerKind('When did the talks start?')).toBe('date');
    expect(answerKind('In what year was it built?')).toBe('date');
    expect(answerKind('What year was it built?')).toBe('date');
    // A timeline or schedule is asked for with dates ("what's the timeline for another launch": one still to come).
    expect(answerKind("what's the north's timeline for another launch")).toBe('date ahead');
    expect(answerKind('what is the schedule of the talks')).toBe('date');
    expect(answerKind('Who warned Moscow?')).toBe('person');
    expect(answerKind('How many missiles were fired?')).toBe('number');
    expect(answerKind('How long did the talks last?')).toBe('duration');
    expect(answerKind('Why did they meet?')).toBe('reason');
    expect(answerKind('how come russia needs to restock')).toBe('reason');
    expect(answerKind("what's kept the summit from happening")).toBe('reason');
    expect(answerKind('what stopped seoul and tokyo from meeting')).toBe('reason');
    expect(answerKind('What did they discuss?')).toBeNull();
    expect(answerKind('what kept them busy')).toBeNull();
  });

  it('reads a course of action asked for, said as one in a sentence', () => {
    expect(answerKind("what's the advice for south korea")).toBe('advice');
    expect(answerKind('what should seoul do about china')).toBe('advice');
    expect(answerKind('why should seoul care')).toBe('reason');
    expect(sentenceHas('advice', 'Experts said South Korea needs to strengthen its relations with China.', '2023-09-14')).toBe(true);
    expect(sentenceHas('advice', 'North Korea has been seeking to bolster its ties with China.', '2023-09-14')).toBe(false);
  });

  it('reads what a move answers as its reason', () => {
    expect(sentenceHas('reason', 'The union has been courting the owners in the face of the rise of rival unions.', '2023-09-14')).toBe(true);
    expect(sentenceHas('reason', 'The union has been courting the owners vis-a-vis the rise of rival unions.', '2023-09-14')).toBe(false);
    expect(sentenceHas('reason', 'The council cut fares in the wake of the strike.', '2023-09-14')).toBe(true);
    expect(sentenceHas('reason', 'The council cut fares on Monday.', '2023-09-14')).toBe(false);
  });

  it('reads what an event means asked for, answered by a sentence giving its weight', () => {
    expect(answerKind("what's the big deal about the strike")).toBe('significance');
    expect(answerKind('why does the vote matter so much')).toBe('significance');
    expect(answerKind('is the merger a turning point for the league')).toBe('significance');
    expect(answerKind('what does the word mean')).toBeNull();
    expect(answerKind('how much does the vote matter')).toBe('number');
    expect(sentenceHas('significance', 'The vote marks a watershed for the league.', '2023-09-14')).toBe(true);
    expect(sentenceHas('significance', 'The vote was held on Sunday.', '2023-09-14')).toBe(false);
  });

  it('puts the lead first when what an event means is asked', () => {
    const d = doc('league-vote', '2023-09-14', [
      'The vote of the clubs on Sunday, after a long campaign by owners, fans and players across the league, is a defining moment for football in the north, owners say.',
      'The clubs held the vote on Sunday in Leeds.',
      'The vote was counted by the clubs in Leeds on Monday.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    // The lead holds the question's words less well than the third paragraph, and still goes before it.
    const ids = index.ask("what's the big deal about the clubs' vote", 3).map((r) => r.passage);
    expect(ids.indexOf('league-vote#p1')).toBeLessThan(ids.indexOf('league-vote#p3'));
  });

  it('reads what may come asked for, answered by a sentence saying what may or is expected to happen', () => {
    expect(answerKind('could the union eventually win a four-day week')).toBe('prospect');
    expect(answerKind('is the mayor gonna sell the stadium')).toBe('prospect');
    expect(answerKind('when will the mayor sell the stadium')).toBe('date ahead');
    expect(answerKind('did the mayor sell the stadium')).toBeNull();
    expect(sentenceHas('prospect', 'A four-day week may be agreed over the long term, he added.', '2023-09-14')).toBe(true);
    expect(sentenceHas('prospect', 'The owners are expected to offer a shorter week.', '2023-09-14')).toBe(true);
    expect(sentenceHas('prospect', 'The union won a shorter week last year.', '2023-09-14')).toBe(false);
  });

  it('reads a date asked of what is still to come, answered by a date after the report', () => {
    expect(answerKind('When will the north try again?')).toBe('date ahead');
    expect(answerKind('which month is the next launch')).toBe('date ahead');
    expect(answerKind("when's the next shot at it")).toBe('date ahead');
    expect(answerKind('When did the north try?')).toBe('date');
    expect(sentenceHas('date ahead', 'It plans a third launch in October.', '2023-09-14')).toBe(true);
    expect(sentenceHas('date ahead', 'It launched a satellite in May and August.', '2023-09-14')).toBe(false);
    expect(sentenceHas('date ahead', 'They met on Wednesday.', '2023-09-14')).toBe(false);
    expect(sentenceHas('date', 'It launched a satellite in May and August.', '2023-09-14')).toBe(true);
  });

  it('leaves the verb of "what kept X from happening" out of the search: it asks why', () => {
    const corpus = { passageCount: 24, bodyFrequency: () => 1, inTitles: () => false, people: () => [] };
    expect(planQuery("what's kept the china japan summit from happening", corpus).groups.map((g) => g.word)).toEqual(['china', 'japan', 'summit']);
    expect(planQuery('what kept the ministers busy', corpus).groups.map((g) => g.word)).toContain('kept');
  });

  it('is found in sentences, dates as the timeline reads them', () => {
    expect(sentenceHas('date', 'The leaders met on Wednesday.', '2023-09-14')).toBe(true);
    expect(sentenceHas('date', 'The leaders met at the spaceport.', '2023-09-14')).toBe(false);
    expect(sentenceHas('place', 'The leaders met at the Vostochny spaceport.', '2023-09-14')).toBe(true);
    expect(sentenceHas('place', 'The leaders agreed on nothing.', '2023-09-14')).toBe(false);
    // A country named as an actor is no place where something happened.
    expect(sentenceHas('place', 'On the summit, China said "it is the matter of the two nations."', '2023-09-14')).toBe(false);
    expect(sentenceHas('place', 'The two leaders held a summit in Russia.', '2023-09-14')).toBe(true);
    expect(sentenceHas('duration', 'The talks lasted about five hours.', '2023-09-14')).toBe(true);
    expect(sentenceHas('number', 'It could cost 7 billion dollars.', '2023-09-14')).toBe(true);
    expect(sentenceHas('person', 'said Hong Min, a researcher.', '2023-09-14')).toBe(true);
    expect(sentenceHas('reason', 'No summit was held due to historical disputes.', '2023-09-14')).toBe(true);
    expect(sentenceHas('reason', 'It marked their first talks since April 2019.', '2023-09-14')).toBe(false);
  });

  it('decides between passages that match equally, and the bold sentence', () => {
    const d = doc('k', '2023-09-14', [
      'The ministers will meet to discuss the grain deal.',
      'The ministers will meet in Geneva to discuss the grain deal.',
      'The ministers will meet next Tuesday to discuss the grain deal.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    expect(index.ask('Where will the ministers meet?', 1)[0]!.passage).toBe('k#p2');
    expect(index.ask('When will the ministers meet?', 1)[0]!.passage).toBe('k#p3');
    expect(index.ask('Will the ministers meet?', 1)[0]!.passage).toBe('k#p1');
    const two = doc('h', '2023-09-14', ['The ministers arrived by train. They met in Geneva on the lake.']);
    const twoIndex = SearchIndex.build(passagesOf(two), [two]);
    expect(twoIndex.ask('Where did the ministers meet?', 1)[0]!.highlight).toBe('They met in Geneva on the lake.');
  });
});

describe('questions in people words, on the bundled article', () => {
  it('answers the questions the issue names with the passage that says it', () => {
    expect(first(seed, 'Where did they meet?')).toBe('yonhap-kim-putin-summit#p2');
    expect(first(seed, 'Where did Kim and Putin meet?')).toBe('yonhap-kim-putin-summit#p2');
    expect(first(seed, 'What did Washington threaten to do?')).toBe('yonhap-kim-putin-summit#p12');
    expect(seed.ask('How did Beijing react to the summit?', 3).map((r) => r.passage)).toContain('yonhap-kim-putin-summit#p22');
    expect(seed.ask('How did Beijing react?', 3).map((r) => r.passage)).toContain('yonhap-kim-putin-summit#p22');
  });

  it('says in --json how each question word met the result', () => {
    const [top] = seed.ask('What did Washington threaten to do?', 1);
    expect(top!.matched).toEqual(
      expect.arrayContaining([
        { word: 'washington', term: UNITED_STATES, how: 'country for capital' },
        { word: 'threaten', term: 'warn', how: 'synonym' },
      ]),
    );
    const [when] = seed.ask('When did Kim and Putin hold the summit?', 1);
    expect(when!.matched).toContainEqual({ word: 'when', term: 'date', how: 'date' });
    expect(when!.matched).toContainEqual({ word: 'kim', term: 'kim', how: 'exact' });
  });

  it('still refuses questions about other things', () => {
    for (const q of ['What is the capital of France?', 'How do I bake a chocolate cake?', 'Who won the football world cup?', 'Where did they bake the bread?']) {
      expect(seed.ask(q, 3), q).toEqual([]);
    }
  });
});

describe('words the corpus lacks', () => {
  const docs = [
    doc('arms', '2023-09-14', [
      'Russia needs to replenish its depleting reserves of ammunition for the war.',
      'The two leaders toured a factory that builds tractors for farms in the region.',
      'Officials discussed railway links and tourism between the two countries.',
    ]),
  ];
  const index = SearchIndex.build(passagesOf(...docs), docs);

  it('finds a word the corpus lacks by the words of its commonest WordNet noun sense, and says so', () => {
    const [top] = index.ask('why is russia short of ammo', 3);
    expect(top?.passage).toBe('arms#p1');
    expect(top?.matched ?? []).toContainEqual({ word: 'ammo', term: 'ammunit', how: 'short form' });
    // "Ammo" is a clipped form now (lexicon.ts), which comes before its WordNet sense; "railroad" is WordNet's.
    const [rail] = index.ask('did they discuss railroads', 3);
    expect(rail?.passage).toBe('arms#p3');
    expect(rail?.matched ?? []).toContainEqual({ word: 'railroads', term: 'railwai', how: 'wordnet synonym' });
  });

  it('takes the commonest sense the corpus speaks of, and reads chat contractions as function words', () => {
    const drills = [doc('drills', '2023-09-14', ['Experts said the two could hold joint military drills.', 'The leaders toured a tractor factory.'])];
    const found = SearchIndex.build(passagesOf(...drills), drills);
    // "exercises" is "drills" by the lexicon (SAME_MEANING); "practices" only by its second WordNet sense.
    const [top] = found.ask('are they gonna do military practices together', 3);
    expect(top?.passage).toBe('drills#p1');
    expect(top?.matched ?? []).toContainEqual({ word: 'practices', term: 'drill', how: 'wordnet synonym' });
    expect(queryTerms('are they gonna do it').map((w) => w.raw)).toEqual([]);
  });

  it('reads a phrase of the sense as its rarest term, where the corpus has all its words', () => {
    const arms = [
      doc('missiles', '2023-09-14', [
        'Russia may transfer technology related to intercontinental ballistic missiles over the long term.',
        'Russia and the North discussed farms and tractors.',
        'Russia sent a delegation to the North.',
      ]),
    ];
    const found = SearchIndex.build(passagesOf(...arms), arms);
    const [top] = found.ask('will russia give icbm tech to the north', 3);
    expect(top?.passage).toBe('missiles#p1');
    expect(top?.matched ?? []).toContainEqual({ word: 'icbm', term: 'intercontinent', how: 'wordnet synonym' });
  });

  it('answers a question lacking several everyday words by the words it shares, but never by "they" alone', () => {
    const ties = [
      doc('ties', '2023-09-14', [
        'North Korea has been seeking to bolster its ties with China and Russia.',
        'The North launched a rocket in May, and another in August.',
        'Seoul and Tokyo held talks in Washington.',
        'Kim Jong-un and Vladimir Putin met at the spaceport.',
      ]),
    ];
    const found = SearchIndex.build(passagesOf(...ties), ties);
    // "getting" and "cozy" are in no passage: they weighed so much that "north" alone fell short of the rule.
    const results = found.ask('who else is the north getting cozy with', 3);
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) expect(r.matched ?? []).toContainEqual({ word: 'north', term: 'north', how: 'exact' });
    // "Cozy with" is "ties" now (lexicon.ts, SAME_MEANING): "chummy" is a word that still shares nothing.
    expect(found.ask('who else are they getting chummy with', 3)).toEqual([]);
    expect(found.ask('who is getting chummy with the bakers', 3)).toEqual([]);
  });

  it('reads a collocation with an irregular first word, and finds a word of its sense by the words derived from it', () => {
    const launches = [
      doc('launch', '2023-09-14', [
        'The North launched a spy satellite in May, but it ended in failure.',
        'It would be wrong to regard the North as a threat, an official said.',
        'The North will launch its satellite again in October.',
      ]),
    ];
    const found = SearchIndex.build(passagesOf(...launches), launches);
    // "went wrong" is WordNet's "go wrong": "fail", which the corpus has only as "failure".
    const [top] = found.ask("what went wrong with the north's satellite", 3);
    expect(top?.passage).toBe('launch#p1');
    expect(top?.matched ?? []).toContainEqual({ word: 'went', term: normalizeTerm('failure'), how: 'wordnet derived' });
  });

  it('answers a yes-no or negated question on an adjective the corpus lacks by its opposite, and says so', () => {
    expect(oppositeWords('convinced', 1)).toContain('doubtful');
    expect(oppositeWords('good', 1)).toContain('lousy');
    // "back" is mostly a noun or a verb: no adjective to oppose.
    expect(oppositeWords('back', 1)).toEqual([]);
    const deal = [
      doc('deal', '2023-09-14', [
        'The finance minister remained doubtful about the grain deal.',
        'The finance minister met farmers about the grain deal in Kyiv.',
      ]),
    ];
    const found = SearchIndex.build(passagesOf(...deal), deal);
    for (const q of ["who isn't convinced about the grain deal", 'is the finance minister convinced about the grain deal']) {
      const [top] = found.ask(q, 3);
      expect(top?.passage, q).toBe('deal#p1');
      expect(top?.matched ?? [], q).toContainEqual({ word: 'convinced', term: normalizeTerm('doubtful'), how: 'wordnet opposite' });
    }
    const corpus = { passageCount: 2, bodyFrequency: (t: string) => (t === normalizeTerm('doubtful') ? 1 : 0), inTitles: () => false, people: () => [] };
    const plain = planQuery('what made the minister convinced', corpus).groups.find((g) => g.word === 'convinced');
    expect(plain?.how).not.toContain('wordnet opposite');
  });

  it('finds an event word of a collocation\'s sense by the words for the same event the corpus has', () => {
    const visits = [
      doc('visits', '2023-09-14', [
        'The two ministers held talks in Oslo in 2019.',
        'The ministers dined at a hotel last year, aides said.',
      ]),
    ];
    const found = SearchIndex.build(passagesOf(...visits), visits);
    // "got together" is WordNet's "get together", first "meeting": in this corpus, "talks".
    const [top] = found.ask('when did the ministers last get together', 3);
    expect(top?.passage).toBe('visits#p1');
    expect(top?.matched ?? []).toContainEqual({ word: 'get', term: normalizeTerm('talks'), how: 'wordnet synonym' });
  });

  it('finds an adverb the corpus lacks by the adjective it is made from, as that adjective', () => {
    const ties = [
      doc('allies', '2023-09-14', [
        'The two countries plan military drills next year.',
        'The two countries plan cultural exchanges next year.',
        'Trade between the two countries grew last year.',
      ]),
    ];
    const found = SearchIndex.build(passagesOf(...ties), ties);
    const [top] = found.ask('what do the two countries plan militarily', 3);
    expect(top?.passage).toBe('allies#p1');
    expect(top?.matched ?? []).toContainEqual({ word: 'militarily', term: normalizeTerm('military'), how: 'wordnet derived' });
    expect(adverbRoots('militarily')).toEqual(['military']);
    expect(adverbRoots('military')).toEqual([]);
  });

  it('does not widen a word the corpus has', () => {
    const [top] = index.ask('what do they say about the ammunition', 1);
    expect(top?.passage).toBe('arms#p1');
    expect((top?.matched ?? []).some((m) => m.how === 'wordnet synonym')).toBe(false);
  });
});

describe('a people for its country', () => {
  const people = (q: string) => demonymAlternatives(queryTerms(q).map((w) => w.raw)).map((a) => [a.at, a.term]);

  it('reads a people or its adjective as its country, a two-word people as one', () => {
    expect(people('what did the americans say')).toEqual([[0, UNITED_STATES]]);
    expect(people('russian officials')).toEqual([[0, 'russia']]);
    // "north" is the question's own word already: "korean" adds "korea", not "south" or a second "north".
    expect(people('north korean leader')).toEqual([[1, 'korea']]);
    expect(people('the korean war')).toEqual([]);
  });

  it('finds the country where the corpus lacks the people word, and says so', () => {
    const docs = [
      doc('us', '2023-09-14', [
        'Before the summit, the United States warned it would impose sanctions.',
        'The two leaders toured a factory that builds tractors for farms in the region.',
      ]),
    ];
    const index = SearchIndex.build(passagesOf(...docs), docs);
    const [top] = index.ask('what did the americans say before the summit', 3);
    expect(top?.passage).toBe('us#p1');
    expect(top?.matched ?? []).toContainEqual({ word: 'americans', term: UNITED_STATES, how: 'country for its people' });
  });
});

describe('a capital for a country told apart only by its whole name', () => {
  it('is that name as a phrase', () => {
    const seoul = alternativesFor(terms('What did Seoul say?')).filter((a) => a.how === 'country for capital');
    expect(seoul.map((a) => a.phrase)).toEqual([['south', 'korea'], ['south', 'korea']]);
    expect(alternativesFor(terms('What did Moscow say?')).every((a) => a.phrase === undefined)).toBe(true);
  });

  it('meets a sentence naming the whole country, not one naming the other Korea', () => {
    const docs = [
      doc('korea', '2023-09-14', [
        'North Korea remained doubtful about the transfer of technology, officials said.',
        'South Korea remained doubtful about the transfer of technology, officials said.',
      ]),
    ];
    const index = SearchIndex.build(passagesOf(...docs), docs);
    expect(index.ask('is seoul doubtful about the technology transfer?', 2)[0]?.passage).toBe('korea#p2');
  });
});

describe('WordNet look-ups for /ask', () => {
  it('reads what a people adjective pertains to, and the words of each noun sense in order', () => {
    expect(pertainsTo('Americans')).toContain('United States');
    expect(pertainsTo('north korean')).toContain('North Korea');
    expect(pertainsTo('tractor')).toEqual([]);
    const exercise = senseWords('exercises', 'noun', 3);
    expect(exercise).toHaveLength(3);
    expect(exercise[2]).toContain('drill');
    expect(exercise.flat()).not.toContain('exercise');
  });

  it('reads the words derived from a word and those it derives from, in any inflection', () => {
    expect(derivedWords('provide', 1)).toContain('provision');
    expect(derivedWords('cooperated', 1)).toContain('cooperation');
    expect(derivedWords('cooperation', 1)).toContain('cooperate');
    expect(derivedWords('provide', 1)).not.toContain('provide');
    expect(derivedWords('xqzt', 1)).toEqual([]);
  });

  it('reads the senses of a two-word collocation, its first word in any inflection', () => {
    expect(collocationWords('talked', 'about', 2).flat()).toContain('discuss');
    expect(collocationWords('taking', 'part', 1)).toEqual([['participate']]);
    expect(collocationWords('working', 'together', 3)).toEqual([]);
  });
});

describe('a second chance by meaning', () => {
  // Six paragraphs, so that a neighbour one of them holds is rare enough to be looked for (WIDEN_MAX_SHARE).
  const docs = [
    doc('fears', '2023-09-14', [
      'The leaders toured a tractor factory that could lead to new jobs in the region.',
      'Experts say the summit spawned concerns about a new Cold War on the peninsula.',
      'The two countries signed a deal on railway links.',
      'A delegation visited the port city on Thursday.',
      'The weather was cold and rainy during the visit.',
      'Officials discussed tourism between the two countries.',
    ]),
  ];
  const index = SearchIndex.build(passagesOf(...docs), docs);

  it('lists what WordNet says means nearly the same, with the relation: the hypernym of the first sense only', () => {
    expect(meaningNeighbours('analysts')).toContainEqual({ word: 'expert', relation: 'hypernym' });
    expect(meaningNeighbours('afraid')).toContainEqual({ word: 'concerned', relation: 'similar' });
    expect(meaningNeighbours('allowed')).toContainEqual({ word: 'permission', relation: 'derived' });
    expect(meaningNeighbours('weapons')).toContainEqual({ word: 'arm', relation: 'synonym' });
    expect(meaningNeighbours('analysts').map((x) => x.word)).not.toContain('analysts');
  });

  it('finds a passage sharing no word with a question whose best passage meets little of it, and says how', () => {
    // Without the second chance the factory passage came first, by "lead" alone.
    // ("analysts" is "experts" by the lexicon, SAME_MEANING: "commentators" only by WordNet's hypernym.)
    const [top] = index.ask('what are commentators afraid this could lead to', 3);
    expect(top?.passage).toBe('fears#p2');
    expect(top?.matched ?? []).toContainEqual({ word: 'commentators', term: normalizeTerm('expert'), how: 'wordnet hypernym' });
    expect(top?.matched ?? []).toContainEqual({ word: 'afraid', term: normalizeTerm('concerns'), how: 'wordnet similar' });
  });

  it('widens only the words it is asked to, by a few neighbours the corpus has, at a low weight', () => {
    const corpus = {
      passageCount: 6,
      bodyFrequency: (t: string) => (['expert', 'concern', 'lead', 'leader'].includes(t) ? 1 : 0),
      inTitles: () => false,
      people: () => [],
    };
    const plain = planQuery('what are analysts afraid this could lead to', corpus);
    const wider = planQuery('what are analysts afraid this could lead to', corpus, new Set(['afraid']));
    const group = (plan: ReturnType<typeof planQuery>, word: string) => plan.groups.find((g) => g.word === word)!;
    expect(group(plain, 'afraid').alternatives).not.toContain('concern');
    expect(group(wider, 'afraid').alternatives).toContain('concern');
    expect(group(wider, 'afraid').how[group(wider, 'afraid').alternatives.indexOf('concern')]).toBe('wordnet similar');
    // Not asked: "analysts" keeps what it had (its hypernym "expert" is no alternative).
    expect(group(wider, 'analysts').alternatives).toEqual(group(plain, 'analysts').alternatives);
    expect(wider.boost.get('concern')).toBeLessThanOrEqual(0.25);
    expect(wider.credit?.get('concern')).toBe(0.5);
    expect(plain.credit).toBeUndefined();
  });

  it("widens a collocation WordNet lists by its own neighbours, its first word in any form", () => {
    expect(meaningNeighbours('handing over')).toContainEqual({ word: 'deliver', relation: 'synonym' });
    // The collocation's first sense ("deliver") is found without a second chance; its derived "handover" only with one.
    const corpus = { passageCount: 6, bodyFrequency: (t: string) => (t === normalizeTerm('handover') ? 1 : 0), inTitles: () => false, people: () => [] };
    const hand = planQuery('will russia hand over the tech', corpus, new Set(['hand'])).groups.find((g) => g.word === 'hand')!;
    expect(hand.how[hand.alternatives.indexOf(normalizeTerm('handover')!)]).toBe('wordnet neighbour derived');
  });

  it("takes a rarer sense of a word whose gloss holds another of the question's words (Lesk)", () => {
    // "break" in "break any rules" is WordNet's "act in disregard of laws, rules, contracts, or promises", far down its senses.
    expect(meaningNeighbours('break').map((x) => x.word)).not.toContain('violate');
    const fits = (gloss: string) => tokenize(gloss).includes(normalizeTerm('rules')!);
    expect(meaningNeighbours('break', 2, fits)).toContainEqual({ word: 'violate', relation: 'synonym' });
    const corpus = { passageCount: 6, bodyFrequency: (t: string) => (t === normalizeTerm('violation') ? 1 : 0), inTitles: () => false, people: () => [] };
    const widened = (q: string) => planQuery(q, corpus, new Set(['break'])).groups.find((g) => g.word === 'break')!.alternatives;
    expect(widened('would selling arms break any rules')).toContain(normalizeTerm('violation'));
    // Without a word of that gloss in the question, the sense stays out.
    expect(widened('did the talks break down')).not.toContain(normalizeTerm('violation'));
  });

  it('lets a word the corpus lacks be found by a commoner neighbour than a word it has', () => {
    // "cooperation" (teamwork's hypernym) in 5 of 20 passages: too common to widen a word the corpus has, not one it lacks.
    const coop = normalizeTerm('cooperation')!;
    const corpus = (has: string) => ({ passageCount: 20, bodyFrequency: (t: string) => (t === coop ? 5 : t === has ? 1 : 0), inTitles: () => false, people: () => [] });
    const alternatives = (q: string, word: string, has: string) => planQuery(q, corpus(has), new Set([word])).groups.find((g) => g.word === word)!.alternatives;
    expect(alternatives('what military teamwork might we see', 'teamwork', '')).toContain(coop);
    expect(alternatives('what military teamwork might we see', 'teamwork', normalizeTerm('teamwork')!)).not.toContain(coop);
  });

  it('leaves a refused question refused', () => {
    expect(index.ask('how do I bake a chocolate cake', 3)).toEqual([]);
  });

  it('widens a word carrying half the question even when the best passage holds the rest', () => {
    const docs = [
      doc('ammo', '2023-09-14', [
        'In the run-up to the summit, Russia made its demands known.',
        'Russia and the North signed a deal on railway links.',
        'Russia sent a delegation to the port city on Thursday.',
        'The weather was cold and rainy during the visit.',
        "Russia's army needs more missiles for the long war.",
        'Officials discussed tourism between the two countries.',
      ]),
    ];
    const ammo = SearchIndex.build(passagesOf(...docs), docs);
    // "Russia" and the "run" of "run-up" are nearly half the question's weight, enough not to be weak; the
    // unmet "bullets" (no passage has it) is more than half of it, and WordNet's "missile" finds the army's paragraph.
    const results = ammo.ask('is russia running out of bullets', 5);
    expect(results[0]?.passage).toBe('ammo#p1');
    const army = results.find((r) => r.passage === 'ammo#p5');
    expect(army?.matched ?? []).toContainEqual({ word: 'bullets', term: normalizeTerm('missiles'), how: 'wordnet hypernym' });
  });

  it("brings passages in without reordering the first search's best", () => {
    const hit = (index: number): Hit => ({ index, passage: { id: `p${index}` } as Passage, score: 1 });
    const first = [hit(1), hit(2), hit(3), hit(4)];
    // The second search put 3 before 1 and found 9: 9 keeps its place, 1, 2 and 3 their order.
    const again = [hit(9), hit(3), hit(1), hit(4), hit(2)];
    expect(secondChance(first, again, 3).map((h) => h.index)).toEqual([9, 1, 2, 4, 3]);
  });
});

describe('the third place', () => {
  const hit = (index: number, score: number): Hit => ({ index, passage: { id: `p${index}` } as Passage, score });
  const met: Record<number, string[]> = { 1: ['kim kim', 'russia russia'], 2: ['kim kim'], 3: ['russia russia'], 4: ['kim kim'], 5: ['ammo ammunit'], 6: ['ammo ammunit'] };
  const of = (h: Hit): Set<string> => new Set(met[h.index]);

  it('goes to the best passage meeting a word the first two do not, when the third meets none', () => {
    const hits = [hit(1, 10), hit(2, 9), hit(3, 8), hit(4, 7), hit(5, 6), hit(6, 5.9)];
    expect(novelThird(hits, of, 0.7, 6).map((h) => h.index)).toEqual([1, 2, 5, 3, 4, 6]);
  });

  it('stays when the third meets something new, or nothing new scores high enough or close enough', () => {
    const hits = [hit(1, 10), hit(2, 9), hit(5, 8), hit(3, 7), hit(6, 6)];
    expect(novelThird(hits, of, 0.7, 5)).toBe(hits);
    const low = [hit(1, 10), hit(2, 9), hit(3, 8), hit(4, 7), hit(5, 5)];
    expect(novelThird(low, of, 0.7, 5)).toBe(low);
    const deep = [hit(1, 10), hit(2, 9), hit(3, 8), hit(4, 7), hit(5, 7)];
    expect(novelThird(deep, of, 0.7, 4)).toBe(deep);
  });
});
