import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { classifyProperName } from '../src/quotes/names.ts';
import { parseSpeakerPhrase } from '../src/quotes/speaker-phrases.ts';
import { doc, passagesOf } from './helpers/docs.ts';

function kinds(paras: string[]): Map<string, string | null> {
  const { quotes, speakers } = extractQuotes(passagesOf(doc('p', '2024-03-01', paras)));
  const byId = new Map(speakers.map((s) => [s.id, s]));
  return new Map(quotes.map((q) => [q.quote, q.speakerId ? `${q.speaker} (${byId.get(q.speakerId)?.kind})` : null]));
}

it('reads a name ending on a masthead word as a newspaper, not after a first name', () => {
  expect(classifyProperName('Brenner Courier')).toBe('organisation');
  expect(classifyProperName('Westvale Examiner')).toBe('organisation');
  expect(classifyProperName('Jim Courier')).toBe('person');
  expect(parseSpeakerPhrase('The conservative Brenner Courier')).toMatchObject({ type: 'name', name: 'Brenner Courier', kind: 'organisation' });
});

it('credits a paper that warns in an editorial as an organisation', () => {
  const got = kinds([
    'The conservative Brenner Courier warned in an editorial that the plan was "a gamble with savings."',
    'The liberal Kestrel Lantern warned in an editorial that the plan was "a trap."',
    'Jane Roe wrote in an editorial for the Lantern that it was "bold."',
    'Tom Hale wrote in an editorial piece for the Courier that the plan was "doomed."',
  ]);
  expect(got.get('doomed.')).toBe('Tom Hale (person)');
  expect(got.get('a gamble with savings.')).toBe('Brenner Courier (organisation)');
  expect(got.get('a trap.')).toBe('Kestrel Lantern (organisation)');
  expect(got.get('bold.')).toBe('Jane Roe (person)');
});

it('leaves a pronoun after a sentence whose subject is a full name set off after a role, not someone quoted before', () => {
  const { quotes } = extractQuotes(passagesOf(doc('r', '2024-03-01', [
    'Prime Minister Oreku Vasdan told aides he was watching the vote "with concern".',
    'The Harbour Courier is calmer, calling the vote "a detail".',
    'The Kestrel Courier\'s business editor, Ong Mei Hua, reads the vote as a signal. "Once a deal slips here, it slips in every port along the coast," she argues.',
  ])));
  const q = quotes.find((x) => x.quote.startsWith('Once a deal slips here'));
  expect(q).toBeDefined();
  expect(q!.speaker).not.toBe('Oreku Vasdan');
});
