import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Sentences and names written for this test.

function speakerOf(paragraphs: string[], contains: string): string | null {
  const q = extractQuotes(passagesOf(doc('d1', '2024-05-02', paragraphs))).quotes.find((x) => x.quote.includes(contains));
  if (!q) throw new Error(`no quote holds "${contains}"`);
  return q.speaker;
}

describe('a relation "of" a named person with his trade before the name is not that person', () => {
  it('"the wife of fisherman Tom Reed said" is the wife', () => {
    expect(speakerOf(['"He should never have gone out in that wind," the wife of fisherman Tom Reed said.'], 'that wind')).not.toBe('Tom Reed');
  });

  it('a factbox line "Ex-wife of tycoon NAME:" is not NAME\'s words', () => {
    expect(speakerOf(['Ex-wife of tycoon Don Price: "He hid millions in the yacht."'], 'hid millions')).not.toBe('Don Price');
  });

  it('a plural of people opening the sentence with no article, "Friends of fisherman NAME said", is not NAME', () => {
    expect(speakerOf(['Friends of ferryman Olaf Brenn said he was "the best reader of weather on this coast."'], 'reader of weather')).not.toBe('Olaf Brenn');
    expect(speakerOf(['Pupils of teacher Maria Vik told the paper: "She made us love maths."'], 'love maths')).not.toBe('Maria Vik');
  });

  it('a field of work after "of" is the speaker\'s own title', () => {
    expect(speakerOf(['Head of research Ana Berg said the data was "perfectly clear."'], 'perfectly clear')).toBe('Ana Berg');
  });
});
