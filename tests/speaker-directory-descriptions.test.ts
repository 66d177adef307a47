import { describe, it, expect } from 'vitest';
import { SpeakerDirectory } from '../src/quotes/speaker-directory.ts';
import { QuoteBook } from '../src/quotes/quotes.ts';
import type { Speaker } from '../src/types.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Speakers and an article written for these tests: a description typed as the speaker ("the port authority
// spokeswoman", "the Danish leader") is the person the text gave that role, not a body whose name holds its
// other words.
const speakers: Speaker[] = [
  { id: 'port-authority', name: 'the Port Authority', aliases: [], role: null, kind: 'organisation' },
  { id: 'lena-moss', name: 'Lena Moss', aliases: ['Moss'], role: 'Port Authority spokeswoman', kind: 'person' },
  { id: 'jens-holm', name: 'Jens Holm', aliases: ['Holm'], role: 'Danish Prime Minister', kind: 'person' },
  { id: 'karl-berg', name: 'Karl Berg', aliases: ['Berg'], role: 'Transport Secretary', kind: 'person' },
  { id: 'ada-berg', name: 'Ada Berg', aliases: [], role: 'harbour pilot', kind: 'person' },
  { id: 'ivo-falk', name: 'Ivo Falk', aliases: ['Falk'], role: 'union spokesman', kind: 'person' },
];
const directory = SpeakerDirectory.build(speakers, [9, 2, 3, 1, 4, 1]);
const found = (typed: string): string | null => directory.find(typed)?.name ?? null;

describe('the speaker directory: a description typed as the speaker', () => {
  it('finds the person whose role holds every word before a body named by the other words', () => {
    expect(found('the Port Authority spokeswoman')).toBe('Lena Moss');
    expect(found('port authority spokeswoman')).toBe('Lena Moss');
    expect(found('the Port Authority')).toBe('the Port Authority');
  });

  it('reads a people by its country, a leader by a leading title, a chief by the title that heads the office', () => {
    expect(found('the Danish leader')).toBe('Jens Holm');
    expect(found('the Denmark prime minister')).toBe('Jens Holm');
    expect(found('the transport chief')).toBe('Karl Berg');
  });

  it('a title with a name is the one of that name who holds the title', () => {
    expect(found('Secretary Berg')).toBe('Karl Berg');
    // "pilot" is no title the directory knows: the name alone is looked up, as before.
    expect(found('Berg')).not.toBeNull();
  });

  it('a title alone that several hold is no one; a description nobody fits falls back as before', () => {
    expect(found('the spokesman')).toBe('Ivo Falk');
    expect(found('the spokesperson')).toBeNull();
    expect(found('the Swedish leader')).toBeNull();
  });
});

const article = doc('ferry-strike', '2025-02-03', [
  'The Harbour Board said on Monday that the ferries would sail again on Friday.',
  '"The strike is over and the crews are back," board spokeswoman Ulla Sand told reporters in Aarhus.',
  'The Harbour Board added that fares "will not rise this year".',
]);
const passages = passagesOf(article);
const book = QuoteBook.build(passages, [article]);

describe('quotes and who-said: a description typed as the speaker', () => {
  it('quotes lists the quotes of the person the description fits', () => {
    const a = book.quotesOf('the board spokeswoman');
    expect(a.speaker).toBe('Ulla Sand');
    expect(a.quotes.map((q) => q.quote)).toEqual(['The strike is over and the crews are back']);
  });

  it('who-said takes "the board spokeswoman said ..." as the person, not the board', () => {
    const a = book.whoSaid('the board spokeswoman said the strike is over', 5, passages);
    expect(a.matches[0]).toMatchObject({ speaker: 'Ulla Sand', speakerMatches: true });
  });
});
