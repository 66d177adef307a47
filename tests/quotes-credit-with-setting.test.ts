import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests, with invented people: a sentence of reported speech that closes on its
// credit and a short phrase of where or when it was said ("..., Mr. Dunmore said in his interview.") is
// reported by that name, and a "he" crediting the quote right after it goes on with him.
describe('a closing credit followed by a phrase of setting', () => {
  it('"..., Mr. Dunmore said in his interview. ¶ "...," he said' + "'" + ' past an aide named paragraphs before', () => {
    const got = speakersByQuote([
      "Carl Fenwick, one of the mayor's closest aides, recalled Mr. Dunmore talking about a book on lost cities.",
      "The mayor's island roots also came into play. In Hilo a week ago, he assured the harbour chiefs that few people grasped the stakes as well as he did. Reefs are dying near the pier, he noted.",
      'Shifting tides could flood a thousand homes by the river, Mr. Dunmore said in his interview.',
      '"If even a portion of those families are displaced," he said, "we will have a crisis on our hands."',
    ]);
    expect(got.get('If even a portion of those families are displaced')).toBe('Dunmore');
  });
  it('"..., Ms. Vale said on Monday." is hers as "..., Ms. Vale said." is', () => {
    const got = speakersByQuote([
      'Peter Quist, the harbour master, warned of delays last month.',
      'The ferry would not run again before spring, Ms. Vale said on Monday.',
      '"We cannot promise anything sooner," she said.',
    ]);
    expect(got.get('We cannot promise anything sooner')).toBe('Vale');
  });
  it('not past a phrase that names someone: "..., Mr. Dunmore said of Mr. Fenwick."', () => {
    const got = speakersByQuote([
      'Mr. Fenwick ran the port for a decade.',
      'He had been a fair boss, Mr. Dunmore said of Mr. Fenwick.',
      '"He never missed a day," he said.',
    ]);
    expect(got.get('He never missed a day')).not.toBe('Fenwick');
  });
  it('not a name and its role that lost their closing comma: "NAME, the director for the Vell Party said in a statement."', () => {
    const got = speakersByQuote([
      'Both candidates said the recount was no big deal. Ada Lund, the communications director for the Vell Democratic Party said in a statement. "There are no paper ballots to count again."',
    ]);
    expect(got.get('There are no paper ballots to count again')).toBe('Ada Lund');
  });
});
