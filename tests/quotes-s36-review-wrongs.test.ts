// Session 36's adversarial review: look-alikes of the session's new rules, where the rule's answer was a wrong
// speaker. Invented sentences and names throughout.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { bracketCaption } from '../src/quotes/bracket-caption.ts';
import { findQuoteSpans } from '../src/quotes/attribution.ts';
import { describedColonSubject } from '../src/quotes/colon-subject.ts';
import { documentRelative } from '../src/quotes/document-relative.ts';
import { doc, passagesOf } from './helpers/docs.ts';

function speakers(paras: string[]): { get(start: string): string | null | undefined } {
  const { quotes } = extractQuotes(passagesOf(doc('p', '2026-03-01', paras)));
  return { get: (start) => quotes.find((q) => q.quote.startsWith(start))?.speaker ?? null };
}

describe('a bracketed insert caption names a voice only with a person\'s title or a known given name', () => {
  it('credits no place, programme or dated scene captioned over a quotation', () => {
    for (const text of [
      '[SOUNDBITE] Port Velden / Harbour town "The ferries have stopped and the shops are shut."',
      '[CLIP] Morning Edition / archive "Good morning, this is the news at six."',
      '[INSERT] Harwick Dam, 1998 "The water came over the top at midnight."',
    ]) expect(bracketCaption(text, findQuoteSpans(text))).toBeNull();
    const got = speakers(['[SOUNDBITE] Port Velden / Harbour town "The ferries have stopped and the shops are shut."']);
    expect(got.get('The ferries')).toBeNull();
  });

  it('still reads a name over a person\'s title', () => {
    const text = '[SOUNDBITE] Ilka Vrell / Foreign Minister "We will not back down."';
    expect(bracketCaption(text, findQuoteSpans(text))).toMatchObject({ speaker: { type: 'name', name: 'Ilka Vrell' } });
  });
});

describe('relayed words: one cited is a source, not the speaker', () => {
  it('credits nobody when a person is cited beside the credit, the words perhaps the relayer\'s own', () => {
    const got = speakers([
      'Councillor Agnes Thorley, citing Police Chief Bram Loder, said: "The streets are safer than they were a year ago, and I am proud of that."',
    ]);
    expect(got.get('The streets')).toBeNull();
  });

  it('keeps the subject of "cited X, saying:" and of "quoting no one in particular"', () => {
    const got = speakers([
      'Harbour master Conrad Vell cited the weather, saying: "I would not put a dinghy out in this, let alone a ferry."',
      'Ida Marsh, a shopkeeper, quoting no one in particular, said: "We have been here before, and we will be here again."',
    ]);
    expect(got.get('I would not')).toBe('Conrad Vell');
    expect(got.get('We have been')).toBe('Ida Marsh');
  });
});

describe('a described name before a colon', () => {
  it('gives no body\'s name set off after a description of a person its words', () => {
    expect(describedColonSubject('A mechanic who works at the garage on Quay Street, Harlow Motors, said: ')).toBe(false);
    expect(describedColonSubject('Another popular channel, Grey Heron, was more cautious: ')).toBe(true);
    const got = speakers(['A mechanic who works at the garage on Quay Street, Harlow Motors, said: "The parts simply are not arriving."']);
    expect(got.get('The parts')).not.toBe('Harlow Motors');
  });
});

describe('a stance sentence with a bare pronoun', () => {
  it('credits nobody when the paragraph before it names two people the pronoun may mean', () => {
    const got = speakers([
      'Ms Leda Orrin spoke first, then Mrs Sima Dray. She was less sure.',
      '"I think it is too early to say whether the harbour will survive."',
    ]);
    expect(got.get('I think it is')).toBeNull();
  });
});

describe('a document\'s relative clause', () => {
  it('reads no owner across a preposition: the answer with statements is the one who answered', () => {
    expect(documentRelative("Ferrin answered Stamm's letters with statements that called the audit ")?.owner ?? null).toBeNull();
    expect(documentRelative("Solberg responded to Rask's letter, which called the plan ")?.owner).toBe('Rask');
  });
});

describe('a passive verb of judging', () => {
  it('credits no banner or headline that greets someone', () => {
    const got = speakers(['Mayor Runa Hale arrived at the depot on Tuesday. She was greeted by a banner: "Go home, Mayor Hale."']);
    expect(got.get('Go home')).toBeNull();
  });
});

describe('an imperative sending the reader to someone', () => {
  it('sends the reader to no place: "Take Velden Pier, which ..." sets up no speaker for the "she said" after it', () => {
    const got = speakers([
      'The storm hit the coast on Sunday night.',
      'Take Velden Pier, which has lost half its boats. "We are finished here," she said.',
    ]);
    expect(got.get('We are finished')).not.toBe('Velden Pier');
  });
});

describe('the agent of a passive verb of telling', () => {
  it('sets up no body whose name reads like a person\'s for the "she said" after it', () => {
    const got = speakers(['The death was confirmed by his doctor, Harlow Street Clinic. "He went peacefully," she said.']);
    expect(got.get('He went peacefully')).not.toBe('Harlow Street Clinic');
  });
});

describe('a post shared with the sharer\'s own lines', () => {
  it('gives "shared a post from X, writing:" to the one who shares', () => {
    const got = speakers(['Councillor Ivo Stamm shared a post from Nadia Ferrin, writing: "So proud of her, and of this town."']);
    expect(got.get('So proud')).toBe('Ivo Stamm');
  });
});
