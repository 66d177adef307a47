import { describe, it, expect } from 'vitest';
import { speakersByStart, speakersByWholeQuote } from './helpers/quotes.ts';

// Passages and names written for these tests: a quote inside a quote. The outer words are the one credited; the
// inner are those of the teller the outer words name ("Kim told me, '...'", "He told me, '...'").
describe('an inner quote and the outer words around it', () => {
  it('`Ada Lind recalled her father\'s words: "He told me, \'...\'"`: the outer Lind\'s, the inner her father\'s', () => {
    const q = speakersByWholeQuote(["Ada Lind recalled her father's words: \"He told me, 'Never sell the boat.'\""]);
    expect(q.get("He told me, 'Never sell the boat.'")).toBe('Ada Lind');
    expect(q.get('Never sell the boat.')).toBe("Ada Lind's father");
  });

  it('a named inner teller: `"Kim told me, \'...\'" Lind said.`: the inner Kim\'s, the outer Lind\'s (a surname WordNet knows only as a famous name)', () => {
    const q = speakersByWholeQuote(['"Kim told me, \'We are ready,\'" Lind said.']);
    expect(q.get('We are ready')).toBe('Kim');
    expect(q.get("Kim told me, 'We are ready,'")).toBe('Lind');
  });

  it('an unnamed inner teller of the speaker\'s own: `"My father told me, \'...\'" she said.`', () => {
    const q = speakersByStart(['Ada Lind spoke at the pier. "My father told me, \'Never sell the boat,\'" she said.']);
    expect(q.get('Never sell the boat')).toBe("Ada Lind's father");
    expect(q.get('My father told me')).toBe('Ada Lind');
  });

  it('words recalled with no teller inside: not Lind\'s (the father\'s, or no one\'s)', () => {
    const q = speakersByWholeQuote(["Ada Lind recalled her father's words: \"Never sell the boat.\""]);
    expect(q.get('Never sell the boat.')).not.toBe('Ada Lind');
  });

  it('a bare surname WordNet knows only as a famous person\'s is a person, not "the Lind"', () => {
    const q = speakersByStart(['"The harbour is full," Lind said.']);
    expect(q.get('The harbour is full')).toBe('Lind');
  });
});
