import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { parseSpeakerPhrase } from '../src/quotes/speaker-phrases.ts';

// Passages written for these tests: a title with "of the" in it before a person's name ("Speaker of the House
// Jane Roe") is the name's role; the name speaks.
describe('a title with "of the" before a name', () => {
  it('"Speaker of the House Jane Roe said "..."" is Jane Roe\'s', () => {
    const paras = ['The harbour reopened on Monday. Speaker of the House Jane Roe said “the docks are open to every ship again.”'];
    expect(speakerOf(paras, 'every ship again')).toBe('Jane Roe');
  });
  it('with an honorific and a party tag between', () => {
    const paras = ['The harbour reopened on Monday. Speaker of the Assembly Rep. Jane Roe (D-Ore.) said “the docks are open to every ship again.”'];
    expect(speakerOf(paras, 'every ship again')).toBe('Jane Roe');
  });
  it('inverted after the quote', () => {
    const paras = ['The harbour reopened on Monday. “The docks are open to every ship again,” said President of the Senate Mara Lind.'];
    expect(speakerOf(paras, 'every ship again')).toBe('Mara Lind');
  });
  it('a title with no name after it stays the title', () => {
    const paras = ['The harbour reopened on Monday. The Speaker of the House said “the docks are open to every ship again.”'];
    expect(speakerOf(paras, 'every ship again')).not.toBe('House');
  });
});

// Passages written for these tests: a description that held "at the time", then the name it gives, after the
// verb of an inverted credit.
describe('"said the mayor at the time, Jane Roe"', () => {
  it('credits the name the description gives', () => {
    const paras = ['The port closed in 1998. “We had no choice but to shut the gates,” said the harbour master at the time, Mara Lind.'];
    expect(speakerOf(paras, 'shut the gates')).toBe('Mara Lind');
  });
  it('"at that time" too', () => {
    const paras = ['The port closed in 1998. “We had no choice but to shut the gates,” wrote the mayor at that time, Jane Roe.'];
    expect(speakerOf(paras, 'shut the gates')).toBe('Jane Roe');
  });
  it('"at the time of the flood" is no name', () => {
    const paras = ['The port closed in 1998. “We had no choice but to shut the gates,” said the harbour master at the time of the flood.'];
    expect(speakerOf(paras, 'shut the gates')).toBe('the harbour master');
  });
});

// Passages written for these tests: a courtesy title before a surname that is also a place's name is a person.
describe('"Ms. Compton", "Mr. Lincoln": a courtesy title makes a person', () => {
  it('a surname that names a town, after "Ms.", speaks as a person', () => {
    const paras = ['Ann Compton covered the harbour for years.', '“We never missed a launch,” Ms. Compton recalled.'];
    const { quotes, speakers } = extractQuotes(passagesOf(doc('p', '2024-05-02', paras)));
    const q = quotes.find((x) => x.quote.includes('never missed'))!;
    expect(speakers.find((s) => s.id === q.speakerId)?.kind).toBe('person');
    expect(q.speaker).toBe('Ann Compton');
  });
  it('the place alone stays a place', () => {
    expect(parseSpeakerPhrase('Compton')).toMatchObject({ kind: 'organisation' });
    expect(parseSpeakerPhrase('Mr. Lincoln')).toMatchObject({ kind: 'person', name: 'Lincoln' });
  });
});
