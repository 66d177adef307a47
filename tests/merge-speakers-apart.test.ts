import { describe, expect, it } from 'vitest';
import { mergeSpeakers } from '../src/quotes/merge-speakers.ts';
import { JoinedDocumentTexts } from '../src/quotes/document-texts.ts';
import type { LocalSpeaker } from '../src/quotes/document-speakers.ts';
import type { Passage } from '../src/types.ts';

// Invented people and documents.
function person(key: number, doc: string, names: string[], apartFrom?: number[]): LocalSpeaker {
  return { key, doc, kind: 'person', names, roles: [], mentionRoles: [], heads: new Set(), words: new Set(), gender: null, plural: false, mentionOnly: false, ...(apartFrom ? { apartFrom } : {}) };
}

describe('mergeSpeakers: people one document showed to be two', () => {
  // Report A names Marlo Holt; report B names a bare "Holt" and a Marlo Holt the text showed to be someone else.
  const locals = (apart: boolean): LocalSpeaker[] => [person(0, 'report-a', ['Marlo Holt']), person(1, 'report-b', ['Holt']), person(2, 'report-b', ['Marlo Holt'], apart ? [1] : undefined)];

  it('joins the bare surname to the one person of that name when nothing keeps them apart', () => {
    const { byLocal } = mergeSpeakers(locals(false));
    expect(byLocal.get(1)).toBe(byLocal.get(0));
    expect(byLocal.get(2)).toBe(byLocal.get(0));
  });

  it('keeps them apart after the one kept apart has joined another group under its root', () => {
    // Marlo Holt of report B joins report A's first (the group's root is report A's key): the pair still holds.
    const { byLocal } = mergeSpeakers(locals(true));
    expect(byLocal.get(2)).toBe(byLocal.get(0));
    expect(byLocal.get(1)).not.toBe(byLocal.get(0));
  });

  it('keeps them apart whichever of the two the pair is told on, and ignores a pair with one only mentioned', () => {
    const told = [person(0, 'report-a', ['Marlo Holt']), person(1, 'report-b', ['Holt'], [2]), person(2, 'report-b', ['Marlo Holt'])];
    const { byLocal } = mergeSpeakers(told);
    expect(byLocal.get(1)).not.toBe(byLocal.get(0));
    const mentioned = { ...person(3, 'report-b', ['Marlo Holt']), mentionOnly: true };
    const { byLocal: withMention } = mergeSpeakers([person(0, 'report-a', ['Marlo Holt']), person(1, 'report-b', ['Holt'], [3]), mentioned]);
    expect(withMention.get(1)).toBe(withMention.get(0));
  });
});

describe('JoinedDocumentTexts', () => {
  const passage = (doc: string, paragraph: number, text: string): Passage => ({ id: `${doc}#${paragraph}`, doc, paragraph, text, sentences: [], citation: { doc, paragraph } as unknown as Passage['citation'] });
  const passages = [passage('harbour-gazette', 1, 'The pier reopened.'), passage('harbour-gazette', 2, '"We waited," said Ines Varga.'), passage('valley-post', 1, 'Rain again.')];
  const texts = new JoinedDocumentTexts(passages, [['harbour-gazette', [0, 1]], ['valley-post', [2]]]);

  it("joins a document's passages by newlines when asked, and knows no other document", () => {
    expect(texts.get('valley-post')).toBe('Rain again.');
    expect(texts.get('harbour-gazette')).toBe('The pier reopened.\n"We waited," said Ines Varga.');
    expect(texts.get('hill-times')).toBeUndefined();
  });

  it("gives every document's text in the documents' order", () => {
    expect([...texts]).toEqual([
      ['harbour-gazette', 'The pier reopened.\n"We waited," said Ines Varga.'],
      ['valley-post', 'Rain again.'],
    ]);
  });
});
