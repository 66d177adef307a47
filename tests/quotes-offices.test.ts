import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { parseSpeakerPhrase } from '../src/quotes/speaker-phrases.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Passages written for these tests: offices written with capitals as press releases write them, and
// organisations whose names are made of common words.

function speakerKind(paragraphs: string[], contains: string): { name: string | null; kind: string | null } {
  const { quotes, speakers } = extractQuotes(passagesOf(doc('o', '2024-05-02', paragraphs)));
  const q = quotes.find((x) => x.quote.includes(contains));
  if (!q) throw new Error(`no quote holds "${contains}"`);
  return { name: q.speaker, kind: speakers.find((s) => s.id === q.speakerId)?.kind ?? null };
}

describe('an office capitalised as a title is a person, not an organisation', () => {
  it('reads "the Chancellor of X", "the Head of the Y State" and "the Minister" as descriptions of a person', () => {
    for (const phrase of ['the Chancellor of Estmark', 'the Head of the Estmark State', 'the Minister', 'the Prime Minister']) {
      expect(parseSpeakerPhrase(phrase)).toMatchObject({ type: 'description', kind: 'unnamed' });
    }
    // Bodies stay bodies.
    for (const phrase of ['the White House', 'the Associated Press', 'the Foreign Ministry']) {
      expect(parseSpeakerPhrase(phrase)).not.toMatchObject({ kind: 'unnamed' });
    }
  });
  it('reads a long office naming a body before a given name and a surname as that person\'s title', () => {
    expect(parseSpeakerPhrase('Minister of Foreign Trade of the Estmark Republic Ilse Brandt')).toEqual({
      type: 'name',
      name: 'Ilse Brandt',
      role: 'Minister of Foreign Trade of the Estmark Republic',
      kind: 'person',
    });
    expect(parseSpeakerPhrase('President of the Estmark Republic')).toMatchObject({ type: 'description', kind: 'unnamed' });
    expect(parseSpeakerPhrase('Bank of Estmark')).toMatchObject({ type: 'name', kind: 'organisation' });
    const text = ['Minister of Foreign Trade of the Estmark Republic Ilse Brandt, who led the delegation, said the talks had covered "ports, rail and grain".'];
    expect(speakerKind(text, 'ports, rail and grain')).toEqual({ name: 'Ilse Brandt', kind: 'person' });
  });
  it('never credits a quote to an organisation called "the Chancellor of Estmark"', () => {
    const text = [
      'Chancellor Ilse Brandt received the visiting delegation in Talvik on Monday.',
      '"Our doors are open to every partner," the Chancellor of Estmark noted at the start of the talks.',
    ];
    expect(speakerKind(text, 'Our doors are open').kind).not.toBe('organisation');
  });
});

describe('a name made of common words only', () => {
  it('is an organisation\'s, and a word like a demonym opening it stays in it', () => {
    expect(parseSpeakerPhrase('Human Dignity Watch')).toEqual({ type: 'name', name: 'Human Dignity Watch', role: null, kind: 'organisation' });
    expect(parseSpeakerPhrase('Open Courts Watch')).toMatchObject({ type: 'name', kind: 'organisation' });
    // A demonym before a person's name is still dropped, and people's names stay people's.
    expect(parseSpeakerPhrase('Chinese Xi Jinping')).toMatchObject({ name: 'Xi Jinping', kind: 'person' });
    expect(parseSpeakerPhrase('Rand Paul')).toMatchObject({ name: 'Rand Paul', kind: 'person' });
  });
  it('credits the quote to the organisation under its whole name', () => {
    const text = ['Human Dignity Watch said in a statement that the ruling "ignores the evidence" gathered over two years.'];
    expect(speakerKind(text, 'ignores the evidence')).toEqual({ name: 'Human Dignity Watch', kind: 'organisation' });
  });
});

describe('a people named with a point of the compass', () => {
  it('reads "North Korean", "South African" as a people (an organisation-like speaker), never a person', () => {
    for (const phrase of ['North Korean', 'South African', 'West German']) {
      expect(parseSpeakerPhrase(phrase)).toMatchObject({ type: 'name', kind: 'organisation' });
    }
  });
  it('leaves a person named North a person ("Oliver North")', () => {
    expect(parseSpeakerPhrase('Oliver North')).toMatchObject({ type: 'name', kind: 'person' });
  });
});
