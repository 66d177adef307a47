import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { parseSpeakerPhrase } from '../src/quotes/speaker-phrases.ts';

// A translated title that runs on into the name with no comma ("the adviser of the Palace Oleksii Dorin") names
// the person: the run of capitals after the body's name, opened by a given name the name lists know (a
// transliterated one too, not only the English lists' names).
describe('a translated title running into the name', () => {
  it('reads the name after the body and keeps the title as the role', () => {
    expect(parseSpeakerPhrase('the adviser of the Palace Oleksii Dorin')).toEqual({ type: 'name', name: 'Oleksii Dorin', role: 'the adviser of the Palace', kind: 'person' });
    const sentence = 'Asked about the talks, the diplomatic adviser of the Palace Iouri Dorin said it was "too early" to talk of a deal.';
    expect(speakerOf([sentence], 'too early')).toBe('Iouri Dorin');
  });

  it('leaves a title of a body with no name after it a description', () => {
    expect(parseSpeakerPhrase('the chairman of Morgan Stanley')?.type).toBe('description');
    expect(parseSpeakerPhrase('the president of the Kestrel Institute')?.type).toBe('description');
    expect(parseSpeakerPhrase('the head of the Karl Marx Foundation')?.type).toBe('description');
  });
});
