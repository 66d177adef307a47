import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { givenNameAlone } from '../src/quotes/given-name-alone.ts';
import { isKnownFirstName } from '../src/quotes/first-names.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Sentences, people and places written for these tests.

/** Each quote's speaker, in one document of the paragraphs given (or several documents). */
function speakers(...docs: string[][]): Map<string, string | null> {
  const { quotes } = extractQuotes(passagesOf(...docs.map((p, i) => doc(`d${i}`, '2024-05-02', p))));
  return new Map(quotes.map((q) => [q.quote.replace(/[.,]$/u, ''), q.speaker]));
}

// A welder known by the given name alone, then a namesake the text names in full, "no relation to the welder".
const depot = (given: string): string[] => [
  `At a depot near Varnholt, a welder who gave only his first name, ${given}, 41, said his crew had heard the news. "We laughed," ${given} said. "Then we went back to work."`,
  `In the capital, the economist ${given} Kesklinn, who studies shipyards and is no relation to the welder, said the yards were idle. "The orders are gone," Kesklinn said.`,
];

describe('a given name the text says was all the name given', () => {
  it('is read in the words that say so', () => {
    expect(givenNameAlone(['A nurse, who gave only her first name, Greta, said the ward was full.'], 'greta')).toBe(true);
    expect(givenNameAlone(['A porter who gave his name only as Emil was waiting.'], 'Emil')).toBe(true);
    expect(givenNameAlone(['A cook, identified only by her first name, Lina, laughed.'], 'lina')).toBe(true);
    expect(givenNameAlone(['A nurse, who gave only her first name, Greta, said the ward was full.'], 'ward')).toBe(false);
    expect(givenNameAlone(['Greta Holm, the head nurse, said the ward was full.'], 'greta')).toBe(false);
  });

  it('a known given name is not the namesake named in full further on (the document\'s reading)', () => {
    expect(isKnownFirstName('Dragomir')).toBe(true);
    const s = speakers(depot('Dragomir'));
    expect(s.get('We laughed')).toBe('Dragomir');
    expect(s.get('Then we went back to work')).toBe('Dragomir');
    expect(s.get('The orders are gone')).toBe('Dragomir Kesklinn');
  });

  it('nor is one the first-name lists lack (the merge of the speakers)', () => {
    expect(isKnownFirstName('Tarvo')).toBe(false);
    const s = speakers(depot('Tarvo'));
    expect(s.get('We laughed')).toBe('Tarvo');
    expect(s.get('The orders are gone')).toBe('Tarvo Kesklinn');
  });

  it('nor across documents', () => {
    const s = speakers(depot('Tarvo').slice(0, 1), ['The economist Tarvo Kesklinn said the yards were idle. "The orders are gone," Kesklinn said.']);
    expect(s.get('We laughed')).toBe('Tarvo');
    expect(s.get('The orders are gone')).toBe('Tarvo Kesklinn');
  });
});
