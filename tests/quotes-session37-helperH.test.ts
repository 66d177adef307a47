import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';
import { speakersByStart } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-02-01');

it('reads a name before a dash-set aside as the subject a later pronoun and bare surname mean', () => {
  const got = speakers([
    'Dr. Mehmet Arslan, a port historian in Trabzon, called the new ferry "a floating museum."',
    'The engineer Ece Arslan — no relation — was kinder. "The hull is sound," she said.',
    'Arslan added that the engines had "years left in them."',
  ]);
  expect(got.get('The hull is sound')).toBe('Ece Arslan');
  expect(got.get('years left')).toBe('Ece Arslan');
});

it('closes a name set off after a description at the first dash of an aside', () => {
  const got = speakers([
    'Dr. Mehmet Arslan, a port historian in Trabzon, called the new ferry "a floating museum."',
    'His namesake, the engineer Ece Arslan — a diver by training — was kinder. "The hull is sound," she said.',
  ]);
  expect(got.get('The hull is sound')).toBe('Ece Arslan');
});

it('credits a forum user named by a "u/" handle, before or after the quote, and not for a clip it posts', () => {
  const got = speakers([
    'The ferry thread ran to 900 comments.',
    '"The timetable is fiction," replied u/tide_clock, a self-described commuter.',
    'When u/tide_clock argued that "nobody checks the tickets," u/gannet_9 shot back: "I check them every day."',
    '"We are both right," u/gannet_9 said.',
    'u/tide_clock posted a clip of the minister\'s speech: "Every ferry will run on time."',
  ]);
  expect(got.get('The timetable is fiction')).toBe('tide_clock');
  expect(got.get('nobody checks the tickets')).toBe('tide_clock');
  expect(got.get('I check them every day')).toBe('gannet_9');
  expect(got.get('We are both right')).toBe('gannet_9');
  expect(got.get('Every ferry will run')).not.toBe('tide_clock');
});

it('credits a user "posting as" or "called" a handle past a clause set off by commas, as a person', () => {
  const { quotes, speakers: people } = extractQuotes(passagesOf(doc('p', '2024-02-01', [
    'The ferry thread ran to 900 comments.',
    'A user posting as HarbourHeron, who said she sells tickets in Tromsø, wrote that the new timetable was "pure fantasy."',
    'A user called brine_lantern, who posts mostly about trawlers, wrote that the ferry was "older than the captain."',
  ])));
  const by = (start: string) => quotes.find((q) => q.quote.startsWith(start));
  expect(by('pure fantasy')?.speaker).toBe('HarbourHeron');
  expect(people.find((s) => s.id === by('pure fantasy')?.speakerId)?.kind).toBe('person');
  expect(by('older than the captain')?.speaker).toBe('brine_lantern');
});

it('reads a name with letters beyond Latin-1 as one name in the grammar of a credit after the quote', () => {
  const got = speakers([
    'The harbour board met on Monday.',
    '"The bridge is safe: every cable was checked in May," harbour spokesman Radosław Wiśniewski told reporters at the weekly briefing.',
    '"We will reopen the lane," said port engineer Ayşe Kılıç.',
  ]);
  expect(got.get('The bridge is safe')).toBe('Radosław Wiśniewski');
  expect(got.get('We will reopen')).toBe('Ayşe Kılıç');
});

it('reads "what he called" as the words of the name opening its own sentence, past a man named before it', () => {
  const got = speakers([
    'The port board is following the talks between Danish envoy Lars Lund and harbour minister Tavrek Balkay closely, the board said.',
    'Lund, who hosted Balkay for lunch, told reporters there were "real prospects" for a deal. Balkay, for his part, said his harbour would keep its doors open in what he called "a season of storms."',
    'Anna Holm, the port\'s director, rejected what he called a "stitch-up."',
  ]);
  expect(got.get('a season of storms')).toBe('Tavrek Balkay');
  // (A woman opening the sentence is not the "he".)
  expect(got.get('stitch-up')).not.toBe('Anna Holm');
});

it('notes a "u/" handle that opens a sentence or is named as its author, for a later "the user" or "he"', () => {
  const got = speakers([
    'The ferry thread ran to 900 comments.',
    'A user posting as HarbourHeron wrote that the timetable was "pure fantasy."',
    'u/tide_clock posted a photo of the empty quay. The user added: "This is the nine o\'clock sailing."',
    'The longest reply was written by u/brine_lantern, who says he worked the ferries for years. "Nobody has fixed the ramp since 2019," he wrote.',
  ]);
  expect(got.get('This is the nine')).toBe('tide_clock');
  expect(got.get('Nobody has fixed the ramp')).toBe('brine_lantern');
});

it('leaves a quote named as a label in apposition to nobody, and not to the one the clause after it names', () => {
  const got = speakers([
    'The harbour board met on Monday.',
    'Some columnists now call the two mayors the "harbour twins," a label the council did not repeat.',
    'Critics call the new ferry a "floating museum," a nickname the port authority rejects.',
  ]);
  expect(got.get('harbour twins')).toBeFalsy();
  expect(got.get('floating museum')).toBeFalsy();
});

it('reads a team as a body that speaks ("the moderation team wrote")', () => {
  const got = speakers([
    'The ferry forum pinned a note on Monday. "Posts about the strike will be deleted," the moderation team wrote.',
  ]);
  expect(got.get('Posts about the strike')).toBe('the moderation team');
});
