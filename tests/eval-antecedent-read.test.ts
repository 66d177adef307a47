import { describe, expect, it } from 'vitest';
import { readSources, type ReadingContext, type SourceSpan } from '../eval/antecedent.ts';
import { judgeRead } from '../eval/judgeable.ts';
import { headName, nameKey, quoteMarks, type GoldQuote, type PolnearArticle } from '../eval/polnear.ts';

// Invented articles. The tagger's facts are given by hand: which spans are names, of a person or a body.
const SEX: Record<string, 'm' | 'f'> = { ivo: 'm', tomas: 'm', mara: 'f', lena: 'f' };
const ctx: ReadingContext = {
  headName,
  sexOf: (name) => SEX[nameKey(name)[0] ?? ''] ?? null,
  knownSurname: (word) => ['tamm', 'olsen'].includes(word.toLowerCase()),
  personNoun: (noun) => ['pilot', 'governor', 'spokeswoman', 'skipper'].includes(noun),
};

/** The spans of `text` at each listed phrase (its first occurrence from the last span on). */
function spans(text: string, list: [string, Partial<SourceSpan>?][]): SourceSpan[] {
  let from = 0;
  return list.map(([phrase, extra]) => {
    const m = new RegExp(`(?<![\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}])`, 'gu');
    m.lastIndex = from;
    const start = m.exec(text)?.index ?? -1;
    if (start < 0) throw new Error(`no "${phrase}"`);
    from = start + phrase.length;
    const proper = /^[\p{Lu}]/u.test(phrase) && !/^(?:He|She|It|They|The|A|An)\b/u.test(phrase);
    return { start, end: start + phrase.length, text: phrase, proper, ner: proper ? 'person' : null, ...extra };
  });
}

function read(text: string, list: [string, Partial<SourceSpan>?][]): (phrase: string, nth?: number) => unknown {
  const s = spans(text, list);
  const r = readSources(text, s, quoteMarks(text), ctx);
  return (phrase, nth = 0) => r.get(s.filter((x) => x.text === phrase)[nth]!.start);
}

describe('a pronoun source is read as the speaker last named in the attributions', () => {
  it('takes "he said" after a quote for the speaker named before it, not the person the quote is about', () => {
    const text = 'The board met on Monday. "Olsen will not last the winter," said Ivo Tamm, a harbour pilot. "She has lost the crews," he said.\n';
    const r = read(text, [['Ivo Tamm, a harbour pilot'], ['he']]);
    expect(r('he')).toEqual({ name: 'Ivo Tamm' });
  });

  it('passes over a speaker of the other sex, and a body for "he"', () => {
    const text = 'Mara Olsen spoke first. Tomas Berg answered her. The Harbour Board agreed. "We sail at dawn," she said.\n';
    const r = read(text, [['Mara Olsen'], ['Tomas Berg'], ['The Harbour Board', { proper: true, ner: 'org' }], ['she']]);
    expect(r('she')).toEqual({ name: 'Mara Olsen' });
  });

  it('reads "it" as the last body named, not the last person', () => {
    const text = 'The Harbour Board wrote to members. Ivo Tamm read the letter. "Dues will rise," it said.\n';
    const r = read(text, [['The Harbour Board', { proper: true, ner: 'org' }], ['Ivo Tamm'], ['it']]);
    expect(r('it')).toEqual({ name: 'The Harbour Board' });
  });

  it('passes a reading along a run of pronouns', () => {
    const text = 'Lena Vos, the skipper, spoke. "We are ready," she said. "The nets are mended," she added.\n';
    const r = read(text, [['Lena Vos, the skipper,'], ['she'], ['she']]);
    expect(r('she', 1)).toEqual({ name: 'Lena Vos' });
  });

  it('stands for an unnamed speaker named last, not for a name further back', () => {
    const text = 'Ivo Tamm left early. A pilot who stayed was angry. "Nobody told us," he said.\n';
    const r = read(text, [['Ivo Tamm'], ['A pilot who stayed'], ['he']]);
    expect(r('he')).toEqual({ description: 'A pilot who stayed' });
  });

  it('is no "he" for a description of a thing, nor for a name the tagger does not call a person', () => {
    const text = 'Ivo Tamm spoke. A new survey found rising costs. Harbourwatch agreed. "Costs will fall," he said.\n';
    const r = read(text, [['Ivo Tamm'], ['A new survey'], ['Harbourwatch', { ner: null }], ['he']]);
    expect(r('he')).toEqual({ name: 'Ivo Tamm' });
  });

  it('takes a person named at the head of a sentence as a speaker a pronoun may continue', () => {
    const text = 'Ivo Tamm said the plan was sound. But Tomas Berg disagreed. "It will sink us," he said.\n';
    const r = read(text, [['Ivo Tamm'], ['Tomas Berg', { subject: true }], ['he']]);
    expect(r('he')).toEqual({ name: 'Tomas Berg' });
  });

  it('leaves a pronoun unread when no speaker is named within a few paragraphs', () => {
    const text = `Ivo Tamm spoke.\n\n${'The tide turned. '.repeat(120)}\n\n"We wait," he said.\n`;
    const r = read(text, [['Ivo Tamm'], ['he']]);
    expect(r('he')).toBeNull();
  });
});

describe('relative pronouns, titles and verbs as sources', () => {
  it('reads "who" as the name before it, an appositive between, else the phrase before it', () => {
    const text = 'The plan came from Mara Olsen, the governor, who called it "a fair deal". It was opposed by one pilot familiar with the talks, who called it "a trap".\n';
    const r = read(text, [['who'], ['who']]);
    expect(r('who', 0)).toEqual({ name: 'Mara Olsen' });
    expect(r('who', 1)).toEqual({ description: 'one pilot familiar with the talks' });
  });

  it('reads "the governor" as the named speaker the text titles so before it', () => {
    const text = 'Gov. Mara Olsen opened the port. Ivo Tamm cheered. Later the governor said the port was "open to all".\n';
    const r = read(text, [['Gov. Mara Olsen'], ['Ivo Tamm'], ['the governor']]);
    expect(r('the governor')).toEqual({ name: 'Gov. Mara Olsen' });
  });

  it('reads a verb marked as the source as the person named next to it', () => {
    const text = '"The port is open," said Lena Vos.\n';
    const at = text.indexOf('said');
    const r = read(text, [['said'], ['Lena Vos', { subject: true, verbAt: at, person: 'Lena Vos' }]]);
    expect(r('said')).toEqual({ name: 'Lena Vos' });
  });

  it('reads a surname the tagger missed as the name it is, when the article gives it in full', () => {
    const text = 'Ivo Tamm runs the yard. "We build boats," Tamm said.\n';
    const r = read(text, [['Tamm', { proper: false, ner: null }]]);
    expect(r('Tamm')).toEqual({ name: 'Tamm' });
  });
});

describe('the antecedent-read verdict', () => {
  const article: PolnearArticle = { id: 't', text: '', paragraphs: [], gold: [], fullNames: [{ at: 0, words: ['ivo', 'tamm'] }, { at: 40, words: ['mara', 'olsen'] }] };
  const gold = (read: GoldQuote['read'], resolved: string | null, source = 'he'): GoldQuote => ({ open: 100, close: 140, source, sourceStart: 150, sourceKind: 'other', resolved, resolvedBy: 'chain', read });

  it('judges by the speaker the attributions give, not by the chain', () => {
    const g = gold({ name: 'Ivo Tamm' }, 'Mara Olsen');
    expect(judgeRead(article, g, { name: 'Ivo Tamm', kind: 'person' })).toBe('correct');
    expect(judgeRead(article, g, { name: 'Mara Olsen', kind: 'person' })).toBe('wrong');
    expect(judgeRead(article, g, null)).toBe('unattributed');
  });

  it('judges an unnamed speaker by the description, and falls back to the chain when the attributions give nothing', () => {
    const g = gold({ description: 'a harbour pilot' }, 'Mara Olsen');
    expect(judgeRead(article, g, { name: 'the pilot', kind: 'unnamed' })).toBe('correct');
    expect(judgeRead(article, g, { name: 'Mara Olsen', kind: 'person' })).toBe('wrong');
    const open = gold(null, 'Mara Olsen');
    expect(judgeRead(article, open, { name: 'Mara Olsen', kind: 'person' })).toBe('correct');
  });
});
