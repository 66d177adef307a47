import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../src/search/search.ts';
import { standardQuestion } from '../src/search/chat-forms.ts';
import { tokenize } from '../src/text/terms.ts';
import { doc, passagesOf } from './helpers/docs.ts';

const ids = (index: SearchIndex, q: string): string[] => index.ask(q, 3).map((r) => r.passage);

describe('chat openings, hedges and "given that"', () => {
  it('leaves out a reply opening, a hedging "like" and "tl;dr"; writes out "wen"', () => {
    expect(standardQuestion('wait so the mayor quit?')).toBe('the mayor quit?');
    expect(standardQuestion('hold on, who paid for the bridge')).toBe('who paid for the bridge');
    expect(standardQuestion("it's like a total shutdown then?")).toBe("it's a total shutdown then?");
    expect(standardQuestion('tl;dr what did the court rule')).toBe('what did the court rule');
    expect(standardQuestion('wen does the ferry start again')).toBe('when does the ferry start again');
    // "wait" that asks about waiting, and "like" that is liking or "what is it like", stay.
    expect(standardQuestion('wait times at the clinic')).toBe('wait times at the clinic');
    expect(standardQuestion('do the players like the coach')).toBe('do the players like the coach');
    expect(standardQuestion('what is it like at the camp')).toBe('what is it like at the camp');
  });

  it('reads "given that" as a conjunction, not as giving', () => {
    expect(tokenize('given that the vote failed')).not.toContain(tokenize('give')[0]);
    expect(tokenize('the medal was given to her')).toContain(tokenize('give')[0]);
    const d = doc('food-bank', '2024-11-02', [
      'The charity hands out parcels to families in the north of the city, its director said.',
      'Given that donations fell, families in the north of the city face a hard winter, a councillor said.',
      'Volunteers packed boxes on Saturday.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    expect(ids(index, 'who is giving parcels to families in the north')[0]).toBe('food-bank#p1');
  });

  it('reads leaning on someone as ties sought', () => {
    const d = doc('port-talks', '2024-04-12', [
      'The two mayors held talks on the ferry on Monday, their first since the spring.',
      'The smaller town has been seeking closer ties with the region and the capital as its budget shrinks.',
      'Experts said the town needs to work with the region and the capital in a bid to keep its hospital open.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    expect(ids(index, 'why is the town leaning on the region and the capital')[0]).toBe('port-talks#p2');
  });
});
