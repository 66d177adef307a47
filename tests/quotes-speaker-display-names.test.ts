import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { nameInNormalCase, personByForm } from '../src/quotes/capitals-name.ts';
import { withOwnerNamed } from '../src/quotes/possessive-determiner.ts';
import { doc, passagesOf } from './helpers/docs.ts';

/** Each quote with the name and kind of the speaker credited with it. */
function credited(paras: string[]): Map<string, string> {
  const { quotes, speakers } = extractQuotes(passagesOf(doc('a', '2024-03-01', paras)));
  const kinds = new Map(speakers.map((s) => [s.id, s]));
  return new Map(quotes.map((q) => [q.quote.replace(/[.,]$/u, ''), q.speakerId ? `${q.speaker} (${kinds.get(q.speakerId)!.kind})` : '-']));
}

it('shows a body\'s unit known only as "Its spokesman" with the body the sentence before names', () => {
  const got = credited([
    'The Norland Bureau says no. Its spokesman said on Monday that "nothing was agreed, and nothing was planned."',
  ]);
  expect(got.get('nothing was agreed, and nothing was planned')).toBe("the Norland Bureau's spokesman (unnamed)");
});

it('reads the owner after a heading word and after a joining word', () => {
  expect(withOwnerNamed('Its press office', ['NORLAND: The Osten Council warned that the deal would "end badly". Its press office said the two were "a poor match".'])).toBe("the Osten Council's press office");
  expect(withOwnerNamed('Their spokesperson', ['But the Harrow Trust stayed quiet. Their spokesperson said it was "a private matter".'])).toBe("the Harrow Trust's spokesperson");
});

it('leaves "Its" alone when the sentence before opens with no body as its subject', () => {
  // (A person, or a subject that is no name: who "its" stands for is not told.)
  expect(withOwnerNamed('Its spokesman', ['Mara Olsen says no. Its spokesman said "nothing".'])).toBeNull();
  expect(withOwnerNamed('Its spokesman', ['Both guests agree. Its spokesman said "nothing".'])).toBeNull();
  expect(withOwnerNamed('Its spokesman', ['The Bureau of Roads said no. Its spokesman said "nothing".'])).toBeNull();
  // (An article before a lowercase noun is no body's name: never "the's author".)
  expect(withOwnerNamed('Its author', ['The channel Grey Dawn has many readers. Its author said "nothing".'])).toBeNull();
  expect(withOwnerNamed('the spokesman', ['The Norland Bureau says no. The spokesman said "nothing".'])).toBeNull();
});

it('shows a name from a transcript label in capitals as the text writes it, typed a person', () => {
  const got = credited([
    'Panel chair Tomas Feldt opened the hearing on the harbour plan.',
    'TOMAS FELDT, CHAIR: "We will hear three witnesses today."',
    'ELINOR VASQUEZ-DAHL, ENGINEER: "The pier will not hold another decade."',
  ]);
  expect(got.get('We will hear three witnesses today')).toBe('Tomas Feldt (person)');
  expect(got.get('The pier will not hold another decade')).toBe('Elinor Vasquez-Dahl (person)');
});

it('writes words in capitals as the texts do, else in the usual case of names', () => {
  expect(nameInNormalCase('JORUN MCKAY', ['We spoke to Jorun McKay.'])).toBe('Jorun McKay');
  expect(nameInNormalCase('PIET O\'HARA-LUND', [])).toBe("Piet O'Hara-Lund");
  expect(nameInNormalCase('DAVID R. MCNEIL', [])).toBe('David R. McNeil');
  expect(nameInNormalCase('Arno Kiel III', [])).toBe('Arno Kiel III');
  expect(nameInNormalCase('ARNO Kiel', ['Arno Kiel spoke.'])).toBe('Arno Kiel');
});

it('types as a person one whose title only a person bears, though the name ends on a body\'s word', () => {
  const got = credited([
    'Councillor Velmar Banks said that Councillor Ivo Rahn had called the scheme "a shambles" and that she was "appalled".',
  ]);
  expect(got.get('appalled')).toBe('Councillor Velmar Banks (person)');
});

it('types as a person a surname label in capitals that the text gives as a person\'s surname', () => {
  const got = credited([
    'An extract from the hearing, in which committee chair Orla Pennick questioned site manager Davit Arkel.',
    '**PENNICK:** "When were you told of the crack?"',
    '**ARKEL:** "On the Monday, from a welder."',
  ]);
  expect(got.get('When were you told of the crack?')).toBe('Pennick (person)');
});

it('keeps a label in capitals that the text also writes in capitals as a body\'s acronym', () => {
  expect(personByForm(['KELT'], ['Ivo Kelt is no relation. The deal, said KELT, is off.'], () => true)).toBe(false);
  expect(personByForm(['KELT'], ['The deal is off, according to Norland officials.'], () => true)).toBe(false);
  expect(personByForm(['KELT'], ['Ivo Kelt spoke first.'], (w) => w === 'Ivo')).toBe(true);
});

it('reads the owner in a transcript turn after its time and label', () => {
  expect(withOwnerNamed('Their spokesperson', ['[00:03:10] JON ROE-LIND: And the Harrow Trust noticed. Their spokesperson said it was "a private matter".'])).toBe("the Harrow Trust's spokesperson");
});
