import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { parseSpeakerPhrase } from '../src/quotes/speaker-phrases.ts';
import { doc, passagesOf } from './helpers/docs.ts';
import { speakersByStart } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-02-01');

it('reads the full name after a title translated word for word, with bodies strung on "of"', () => {
  const got = speakers([
    'The new ferry line to the island opened on Monday.',
    '"The ferry will run twice a day," said the head of the transport department of the Kherson Region Nadia Hrytsenko.',
    'The chairman of the Council of Veterans of the Port District Leonid Sobko wrote on his page: "Finally, a ferry."',
  ]);
  expect(got.get('The ferry will run')).toBe('Nadia Hrytsenko');
  expect(got.get('Finally')).toBe('Leonid Sobko');
});

it('keeps a body whose name ends in a body\'s noun as a body, though a title word opens it', () => {
  const parsed = parseSpeakerPhrase('The General Staff of Moldova');
  expect(parsed?.type === 'name' && parsed.kind).toBe('organisation');
  const senator = parseSpeakerPhrase('Senator Bush of Texas');
  expect(senator?.type === 'name' && senator.name).toBe('Bush');
});

it('reads the subject of a channel "with more than" so many followers as the channel', () => {
  const got = speakers([
    'Bloggers reacted within the hour.',
    'One nationalist channel with more than 80,000 followers wrote: "The ferry is a gift to smugglers."',
  ]);
  expect(got.get('The ferry is a gift')).toMatch(/channel/u);
});

it('keeps a capitalised last word of a name that looks like an adverb', () => {
  const got = speakers([
    'The claim spread on Monday.',
    '"The photo is two years old," the verification project Think Twice wrote on its site.',
  ]);
  expect(got.get('The photo is two')).toBe('Think Twice');
});

it('reads a description, then a full name and the body he belongs to written in lowercase, as that name', () => {
  const got = speakers([
    'The port reopened on Monday after the storm.',
    'A Latvian lawmaker, Janis Ozols of the parliament\'s budget committee, wrote on Facebook that the port showed "real resilience."',
  ]);
  expect(got.get('real resilience')).toBe('Janis Ozols');
});

it('reads "was more direct in a post" before a colon as how the subject spoke, where he spoke', () => {
  const got = speakers([
    'The port reopened on Monday after the storm.',
    'Marta Kalnina, the head of the harbour board, was more direct in a post on Telegram: "We lost a week, not a season."',
  ]);
  expect(got.get('We lost a week')).toBe('Marta Kalnina');
});

it('reads a rush transcript label whose role names a place after a second comma', () => {
  const { quotes } = extractQuotes(passagesOf(doc('p', '2024-02-01', [
    'THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM.',
    'LENA FROST, WEEKEND ANCHOR: Good evening. The harbour reopened today. Admiral, what did you see?',
    'PAUL VANCE (RET.), FORMER COMMANDER, BALTIC NAVAL SQUADRON: I saw a port that was ready for this storm.',
    'FROST: And the damage?',
    'VANCE: Smaller than anyone feared on Friday.',
  ])));
  expect(quotes.find((q) => q.quote.startsWith('I saw a port'))?.speaker).toMatch(/Vance/iu);
});

it('reads a full name after an owner written in lowercase as the person', () => {
  const got = speakers([
    'The port reopened on Monday after the storm.',
    'The harbour board\'s Tom Wells told reporters, "We will not wait for the brokers."',
  ]);
  expect(got.get('We will not wait')).toBe('Tom Wells');
});
