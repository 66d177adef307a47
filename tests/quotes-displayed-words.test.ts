import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { displayBefore, displayedWords } from '../src/quotes/display-words.ts';
import { findQuoteSpans } from '../src/quotes/attribution.ts';
import { doc, passagesOf } from './helpers/docs.ts';

const shown = (text: string): boolean => displayedWords(text, findQuoteSpans(text)[0]!);

it('tells words a sign, banner or headline shows from words someone says', () => {
  expect(shown('"NO ENTRY," read a hand-painted sign at the gate.')).toBe(true);
  expect(shown('"Go home," said a banner on the bridge.')).toBe(true);
  expect(shown('"MELTDOWN," screamed the Daily Post\'s front page.')).toBe(true);
  expect(shown('A placard outside the court read: "Free them all."')).toBe(true);
  expect(shown('Students carried banners reading "Peace now".')).toBe(true);
  // A person, a statement or a board of directors speaks for someone.
  expect(shown('"We are closed," said a shop owner at the gate.')).toBe(false);
  expect(shown('"We are closed," read a statement from the company.')).toBe(false);
  expect(shown('"We will vote," the board said.')).toBe(false);
});

it('gives a quote a sign reads to no one, not to the speaker of the paragraph before', () => {
  const { quotes } = extractQuotes(passagesOf(doc('d', '2024-04-01', [
    'The mayor, Jane Roe, was pleased. "It went very well," Roe said.',
    '"THANK YOU, VOLUNTEERS," read a banner over the stage.',
    '"Keep out," said a notice on the fence. Tom Hale, a guard, shrugged.',
  ])));
  const by = new Map(quotes.map((q) => [q.quote, q.speaker ?? null]));
  expect(by.get('It went very well')).toBe('Jane Roe');
  expect(by.get('THANK YOU, VOLUNTEERS')).toBeNull();
  expect(by.get('Keep out')).toBeNull();
});

it('reads a one-word label in capitals before a colon as a label, not a speaker', () => {
  const { quotes } = extractQuotes(passagesOf(doc('c', '2024-04-01', [
    'We checked the most shared claims about the strike.',
    'CLAIM: "The mayor cancelled every ferry."',
    'VERDICT: False. Jane Roe, the mayor, said: "Two ferries ran."',
  ])));
  const by = new Map(quotes.map((q) => [q.quote, q.speaker ?? null]));
  expect(by.get('The mayor cancelled every ferry.')).toBeNull();
  expect(by.get('Two ferries ran.')).toBe('Jane Roe');
});

it('never gives a sentence quoted inside an interview answer to the one answering', () => {
  const { quotes } = extractQuotes(passagesOf(doc('t', '2024-04-01', [
    'Our editor Ann Lee spoke to the historian Tom Hale.',
    'ANN LEE: Was the mood tense?',
    'TOM HALE: Very. A retired general, Jin Park, who sat beside me all day, put it bluntly to me last week: "I have never seen the room so quiet." I agreed.',
  ])));
  const q = quotes.find((x) => x.quote.includes('never seen the room'));
  expect(q).toBeDefined();
  expect(q!.speaker ?? null).not.toBe('Tom Hale');
  expect(q!.quote).toBe('I have never seen the room so quiet.');
  expect(quotes.some((x) => x.quote.includes('Very.') && x.speaker === 'Tom Hale')).toBe(true);
});

it('keeps an outlet that reports what a sign read as the source its sentence names', () => {
  const { quotes } = extractQuotes(passagesOf(doc('s', '2024-04-01', [
    'Drivers were surprised on Friday.',
    'According to the Valley Ledger, one highway sign read, "Slow down, friend."',
  ])));
  expect(quotes.find((q) => q.quote === 'Slow down, friend.')?.speaker).toBe('the Valley Ledger');
});

it('cuts a phrase quoted inside an interview answer out of the answer', () => {
  const { quotes } = extractQuotes(passagesOf(doc('u', '2024-04-01', [
    'Our editor Ann Lee spoke to the historian Tom Hale.',
    'TOM HALE: It was theatre. The message to the rivals was "we can outbid you" and nothing else.',
  ])));
  expect(quotes.find((q) => q.quote === 'we can outbid you')?.speaker ?? null).toBeNull();
  expect(quotes.some((q) => q.quote.includes('outbid') && q.speaker === 'Tom Hale')).toBe(false);
});

it('reads a display before its words in one way for the sentence and the paragraph', () => {
  // Forms the sentence reading alone knew ("that said", "bearing") and forms the paragraph pass alone knew
  // (a phrase of place, a caption) are one detection now.
  expect(displayBefore('Omar Kask held up a sign that said ')).toBe(true);
  expect(displayBefore('The ferry crews wore caps and hats bearing ')).toBe(true);
  expect(displayBefore('A notice on the harbour wall read: ')).toBe(true);
  expect(displayBefore('Under the photograph, a caption which reads ')).toBe(true);
  expect(displayBefore('The harbour master said ')).toBe(false);
});

it('leaves the words of a display the subject wrote or posted to the subject', () => {
  expect(displayBefore('Tom Hale added the caption which reads ')).toBe(false);
  expect(displayBefore('Jane Roe posted a hand-written sign saying ')).toBe(false);
  expect(displayBefore('Roe wrote a long caption that said ')).toBe(false);
  // A message posted under someone else's headline is not the headline's writer's.
  expect(displayBefore('Jane Roe shared her note beneath a headline that said ')).toBe(true);
  const { quotes } = extractQuotes(passagesOf(doc('h', '2024-04-01', [
    'The dockers met on Monday. Tom Hale, their organiser, shared a photograph of the pier and added the caption which reads "Our pier, our jobs."',
  ])));
  expect(quotes.find((q) => q.quote === 'Our pier, our jobs.')?.speaker).toBe('Tom Hale');
});
