import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../src/search/search.ts';
import { standardQuestion } from '../src/search/chat-forms.ts';
import { commonSenseWords } from '../src/text/wordnet.ts';
import { doc, passagesOf } from './helpers/docs.ts';

const ids = (index: SearchIndex, q: string): string[] => index.ask(q, 3).map((r) => r.passage);

describe('questions typed in chat style', () => {
  it('writes out chat forms and leaves out chat fillers', () => {
    expect(standardQuestion('r the fans angry lol')).toBe('are the fans angry');
    expect(standardQuestion('what did ppl say abt the vote')).toBe('what did people say about the vote');
    expect(standardQuestion('isnt the mayor running again')).toBe("isn't the mayor running again");
    expect(standardQuestion('whys the bridge closed rn')).toBe("why's the bridge closed now");
    expect(standardQuestion('did the union meet w/ the owners or nah')).toBe('did the union meet with the owners');
    expect(standardQuestion('is this the end of the season or what?')).toBe('is this the end of the season?');
    // "or not" inside a question is no filler; a capital letter is a name or an initialism, not a chat form.
    expect(standardQuestion('whether or not the club pays')).toBe('whether or not the club pays');
    expect(standardQuestion('what did Group R decide')).toBe('what did Group R decide');
    expect(standardQuestion('what did the U.N. say')).toBe('what did the U.N. say');
  });

  it('reads "us" as the country where the pronoun cannot stand', () => {
    expect(standardQuestion('us tariffs on steel')).toBe('US tariffs on steel');
    expect(standardQuestion('what did the us say')).toBe('what did the US say');
    expect(standardQuestion('did the mayor tell us anything')).toBe('did the mayor tell us anything');
  });

  it('reads "are we talking X" as "is it X", not as talks held', () => {
    expect(standardQuestion('are we talking weeks before the bridge opens')).toBe('is it weeks before the bridge opens');
    expect(standardQuestion('what are we talking about')).toBe('what are we talking about');
    const d = doc('bridge-repair', '2024-05-10', [
      'Talks between the council and the builder broke down last month, a spokesman said.',
      'The repairs are expected to take years, and the bridge will stay closed until then.',
      'Drivers were told to use the ferry.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    expect(ids(index, 'are we talking years before the bridge reopens')[0]).toBe('bridge-repair#p2');
  });

  it('finds a chat question as the written one', () => {
    const d = doc('harbour-vote', '2024-06-01', [
      'The council voted to sell the old harbour to a developer on Tuesday.',
      'Residents said they were angry about the sale and would go to court.',
      'The developer plans to build flats on the site.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    expect(ids(index, 'r ppl angry abt the sale lol')[0]).toBe('harbour-vote#p2');
  });

  it("takes a sense's words only where the sense is among their own commonest", () => {
    // "situation" shares the sense of "site" only as its fourth; "drill" shares the sense of "exercise" as its third.
    expect(commonSenseWords('site', 'noun', 3, 3).flat()).not.toContain('situation');
    expect(commonSenseWords('exercise', 'noun', 3, 3).flat()).toContain('drill');
    const d = doc('launch-pad', '2024-02-14', [
      'The new spaceport will host its first launch in March, officials said.',
      'In a situation where funding is short, the agency will delay the probe.',
      'The rocket pad near the coast was closed to visitors.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    expect(ids(index, 'where is the rocket site')).not.toContain('launch-pad#p2');
    expect(ids(index, 'where is the rocket site')[0]).toBe('launch-pad#p3');
  });

  it('leaves out an adverbial idiom whose one word means nothing of its own there', () => {
    const d = doc('mayor-trip', '2024-04-03', [
      'The mayor backed three-way talks between the unions, the council and the port.',
      'The mayor drove to the capital on Monday to meet the minister about the port.',
      'The capital has the only other port in the region.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    expect(ids(index, 'did the mayor go all the way to the capital for this')[0]).toBe('mayor-trip#p2');
  });

  it('reads a threat as a warning', () => {
    const d = doc('steel-tariffs', '2024-07-08', [
      'The EU warned it would impose tariffs on steel if the talks failed.',
      'Steel makers said the tariffs were a threat to their jobs.',
      'EU ministers will meet next week.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    expect(ids(index, 'eu tariffs threat')[0]).toBe('steel-tariffs#p1');
  });
});
