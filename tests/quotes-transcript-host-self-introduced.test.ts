import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { selfIntroducedName } from '../src/quotes/self-introduced-host.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Invented programme, people and places.
function quotesOf(paragraphs: string[]): ReturnType<typeof extractQuotes>['quotes'] {
  return extractQuotes(passagesOf(doc('t', '2024-05-02', paragraphs))).quotes;
}

const show = [
  'This is an unedited transcript of "Harbour Talk." It may contain errors.',
  'HOST: Good evening. I\'m Linnea Marsk, and this is "Harbour Talk." The Kessby bridge reopened today. With me are Oskar Brandvik, a traffic engineer, and Oskar Tellan, who runs the ferry company. Oskar Brandvik, was it worth the wait?',
  'OSKAR BRANDVIK, TRAFFIC ENGINEER: It was. We replaced every cable on the north span.',
  'OSKAR TELLAN, FERRY OPERATOR: My ferries lost half their passengers overnight.',
  'HOST: One at a time, please. The council said it was "delighted" with the work.',
  'BRANDVIK: The council should be delighted. It paid for it.',
];

describe('a host who introduces herself in her first turn speaks every turn of her label', () => {
  it('gives the "HOST:" turns to the name she gives', () => {
    const qs = quotesOf(show);
    expect(qs.find((x) => x.quote.includes('The Kessby bridge reopened today'))?.speaker).toBe('Linnea Marsk');
    expect(qs.find((x) => x.quote.includes('One at a time, please'))?.speaker).toBe('Linnea Marsk');
  });

  it('still gives a body quoted inside the host\'s turn to the body, and the guests their own turns', () => {
    const qs = quotesOf(show);
    expect(qs.find((x) => x.quote === 'delighted')?.speaker ?? null).not.toBe('Linnea Marsk');
    expect(qs.find((x) => x.quote.includes('It paid for it'))?.speaker).toBe('Oskar Brandvik');
  });

  it('leaves a host who names no one of herself unattributed', () => {
    const anonymous = show.map((t) => t.replace("I'm Linnea Marsk, and this", 'This'));
    const q = quotesOf(anonymous).find((x) => x.quote.includes('One at a time, please'));
    expect(q?.speaker ?? null).toBeNull();
  });
});

describe('selfIntroducedName', () => {
  it('reads "I\'m NAME," and "my name is NAME and"', () => {
    expect(selfIntroducedName("Good evening. I'm Linnea Marsk, and this is the news.")).toBe('Linnea Marsk');
    expect(selfIntroducedName('Hello, my name is Pavel Orsk and I will be your moderator.')).toBe('Pavel Orsk');
  });
  it('reads no nationality, no possessive and no two different names', () => {
    expect(selfIntroducedName("I'm British Airways' biggest critic.")).toBeNull();
    expect(selfIntroducedName("I'm Linnea Marsk's producer, not her.")).toBeNull();
    expect(selfIntroducedName("I'm Linnea Marsk. I'm Oskar Tellan.")).toBeNull();
  });
});
