import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { loadCorpus } from '../src/corpus/load.ts';
import { buildPassages } from '../src/text/passages.ts';
import { QuoteBook } from '../src/quotes/quotes.ts';
import { classifyProperName, compactName } from '../src/quotes/names.ts';
import { editDistance } from '../src/quotes/speaker-directory.ts';
import { parseSpeakerPhrase, splitTitle } from '../src/quotes/speaker-phrases.ts';
import { doc } from './helpers/docs.ts';

describe('reading a speaker phrase', () => {
  it('splits a title from a name', () => {
    expect(parseSpeakerPhrase('Russian President Vladimir Putin')).toEqual({ type: 'name', name: 'Vladimir Putin', role: 'Russian President', kind: 'person' });
    expect(parseSpeakerPhrase('North Korean leader Kim Jong-un')).toEqual({ type: 'name', name: 'Kim Jong-un', role: 'North Korean leader', kind: 'person' });
    expect(parseSpeakerPhrase('President Yoon Suk Yeol')).toEqual({ type: 'name', name: 'Yoon Suk Yeol', role: 'President', kind: 'person' });
    expect(splitTitle(['U.S.', 'Secretary', 'of', 'State', 'Antony', 'Blinken'])).toEqual({ role: 'U.S. Secretary of State', name: ['Antony', 'Blinken'] });
  });

  it('tells organisations and countries from people', () => {
    expect(parseSpeakerPhrase('China')).toMatchObject({ type: 'name', kind: 'organisation' });
    expect(parseSpeakerPhrase('the KCNA')).toMatchObject({ type: 'name', name: 'the KCNA', kind: 'organisation' });
    expect(parseSpeakerPhrase('The United States')).toMatchObject({ name: 'the United States', kind: 'organisation' });
    expect(classifyProperName('North Korea')).toBe('organisation');
    expect(classifyProperName('Sejong Institute')).toBe('organisation');
    expect(classifyProperName('Putin')).toBe('person');
    expect(classifyProperName('Hong Min')).toBe('person');
  });

  it('reads unnamed speakers by their head noun', () => {
    expect(parseSpeakerPhrase("a high-ranking official at South Korea's unification ministry")).toMatchObject({ type: 'description', head: 'official', definite: false, kind: 'unnamed' });
    expect(parseSpeakerPhrase('the unification ministry official')).toMatchObject({ type: 'description', head: 'official', definite: true });
    expect(parseSpeakerPhrase('Russian state media')).toMatchObject({ type: 'description', kind: 'organisation' });
  });

  it('keeps an employer, a place after "of" and a sentence-initial kind of person out of a name', () => {
    expect(parseSpeakerPhrase('Fox News’ Sean Hannity')).toMatchObject({ type: 'name', name: 'Sean Hannity', kind: 'person' });
    expect(parseSpeakerPhrase("Review's Ian Tuttle")).toMatchObject({ type: 'name', name: 'Ian Tuttle' });
    expect(parseSpeakerPhrase('Mr. Morgan of the Sierra Club')).toMatchObject({ type: 'name', name: 'Morgan', role: 'Mr.', kind: 'person' });
    expect(parseSpeakerPhrase('Actor Clint Howard')).toMatchObject({ type: 'name', name: 'Clint Howard', role: 'actor' });
    expect(parseSpeakerPhrase('Secretary of State John Kerry')).toMatchObject({ name: 'John Kerry', role: 'Secretary of State' });
    expect(parseSpeakerPhrase('the Bank of Korea')).toMatchObject({ name: 'the Bank of Korea', kind: 'organisation' });
    expect(parseSpeakerPhrase('Footage of Al-Awlaki')).toBeNull();
    expect(parseSpeakerPhrase('Ready for Trump')).toMatchObject({ kind: 'organisation' });
    expect(parseSpeakerPhrase("He's")).toBeNull();
  });

  it('refuses clauses and lists', () => {
    expect(parseSpeakerPhrase('the cosmodrome was chosen because Kim')).toBeNull();
    expect(parseSpeakerPhrase('Putin and Kim')).toBeNull();
    expect(parseSpeakerPhrase('when asked by reporters')).toBeNull();
    expect(parseSpeakerPhrase('')).toBeNull();
  });

  it('never throws on any phrase', () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), (s) => {
      parseSpeakerPhrase(s);
      classifyProperName(s || 'x');
    }));
  });
});

describe('names', () => {
  it('compacts spelling variants alike', () => {
    expect(compactName('Kim Jong-un')).toBe(compactName('Kim Jong Un'));
    expect(compactName('the KCNA')).toBe(compactName('KCNA'));
    expect(editDistance('puttin', 'putin')).toBe(1);
  });
});

const seedDocs = loadCorpus('corpus').filter((d) => d.id === 'yonhap-kim-putin-summit');
const second = doc('second', '2023-09-15', [
  'Vladimir Vladimirovich Putin welcomed the guest. "We are glad to see you," Putin said.',
  '"Our friendship is strong," Kim Jong Un said.',
  '"I disagree," Kim Yo-jong, the leader\'s sister, said.',
  '"No comment," a ministry official said.',
]);
const third = doc('third', '2023-09-16', ['"The talks were useful," Yoon said.', '"We are watching," a ministry official said.']);
const docs = [...seedDocs, second, third];
const passages = buildPassages(docs);
const book = QuoteBook.build(passages, docs);

describe('speakers across documents', () => {
  it('merges one person\'s names, the fullest form as the display name', () => {
    const putin = book.speakersAnswer().speakers.filter((s) => /Putin/.test(s.name));
    expect(putin).toHaveLength(1);
    expect(putin[0]?.name).toBe('Vladimir Vladimirovich Putin');
    expect(putin[0]?.aliases).toEqual(expect.arrayContaining(['Vladimir Putin', 'Putin']));
    expect(putin[0]?.quotes).toBe(2);
  });

  it('merges "Kim Jong-un" and "Kim Jong Un" but keeps Kim Yo-jong apart', () => {
    const kims = book.speakersAnswer().speakers.filter((s) => /^Kim/.test(s.name));
    expect(kims.map((k) => k.name).sort()).toEqual(['Kim Jong-un', 'Kim Yo-jong']);
    expect(kims.find((k) => k.name === 'Kim Jong-un')?.quotes).toBe(2);
  });

  // (A rarer surname still joins: tests/quotes-shared-family-name-merge.test.ts.)
  it('keeps a bare family name borne by millions ("Yoon") apart from the one full name of it another document gives', () => {
    expect(book.quotesOf('Yoon Suk Yeol').quotes.map((q) => q.citation.doc).sort()).toEqual(['yonhap-kim-putin-summit']);
  });

  it('keeps unnamed speakers of different documents apart', () => {
    const officials = book.speakersAnswer().speakers.filter((s) => s.name === 'a ministry official');
    expect(officials).toHaveLength(2);
  });

  it('gives every speaker a unique id', () => {
    const ids = book.speakers.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('quotes of a speaker', () => {
  it('accepts any alias, in any case, with or without hyphens or titles', () => {
    for (const name of ['Putin', 'vladimir putin', 'Vladimir Vladimirovich Putin', 'President Putin']) {
      expect(book.quotesOf(name).speaker, name).toBe('Vladimir Vladimirovich Putin');
    }
    for (const name of ['Kim Jong Un', 'kim jong-un', 'Kim Jong-un']) expect(book.quotesOf(name).speaker, name).toBe('Kim Jong-un');
  });

  it('returns the quotes in order, each with its citation', () => {
    const a = book.quotesOf('Hong Min');
    expect(a.quotes.map((q) => q.citation.paragraph)).toEqual([14, 15]);
    expect(a.role).toBe('a researcher at the state-run Korea Institute for National Unification');
  });

  it('suggests the closest names for an unknown speaker', () => {
    const a = book.quotesOf('Puttin');
    expect(a.speaker).toBeNull();
    expect(a.quotes).toEqual([]);
    expect(a.suggestions[0]).toBe('Vladimir Vladimirovich Putin');
    expect(book.quotesOf('Nobody Atall').suggestions).toEqual([]);
  });
});

describe('speaker autocomplete', () => {
  it('matches a prefix or a part of any alias, case-insensitive', () => {
    expect(book.suggestSpeakers('put', 5)).toEqual(['Vladimir Vladimirovich Putin']);
    expect(book.suggestSpeakers('JONG', 5)).toEqual(expect.arrayContaining(['Kim Jong-un']));
    expect(book.suggestSpeakers('unification', 5)).toEqual(["a high-ranking official at South Korea's unification ministry"]);
  });

  it('lists the most quoted first when nothing is typed, up to max', () => {
    const top = book.suggestSpeakers('', 2);
    expect(top).toHaveLength(2);
    expect(top[0]).toBe("a high-ranking official at South Korea's unification ministry");
  });
});
