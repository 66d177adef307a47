import { expect, it } from 'vitest';
import { splitAtEmphasisEnds } from '../src/quotes/emphasis-sentences.ts';
import { quotedAsSpeaker } from '../src/quotes/quoted-as.ts';
import { introducedAsRelationOf } from '../src/quotes/relation-apart.ts';
import { splitSentences } from '../src/text/sentences.ts';
import { speakersByOpening } from './helpers/quotes.ts';

/** Each quote's opening words and the speaker credited with it. */
const speakers = (paras: string[]) => speakersByOpening(paras, 'p', '2024-02-01');

it('cuts a bold run-in heading off the sentence after it', () => {
  const text = '**Portugal.** The Lisbon Herald leads with the harbour strike.';
  const reading = text.replace(/\*/gu, ' ');
  const cut = splitAtEmphasisEnds(text, reading, splitSentences(text));
  expect(cut.map((s) => s.text.trim())).toEqual(['Portugal.', 'The Lisbon Herald leads with the harbour strike.']);
  // No emphasis closing a sentence: the scanner's sentences stand.
  const plain = 'The **Lisbon Herald** leads. It adds more.';
  const same = splitSentences(plain);
  expect(splitAtEmphasisEnds(plain, plain.replace(/\*/gu, ' '), same)).toBe(same);
});

it('never runs a bold heading into the name of the speaker after it', () => {
  const got = speakers([
    'The morning papers lead with the harbour strike.',
    '**Portugal.** The Lisbon Herald, never shy of a pun, calls the dockers "the tide that turned".',
  ]);
  expect(got.get('the tide that')).not.toMatch(/Portugal/u);
});

it('credits the one a medium quotes "as saying", not the medium', () => {
  expect(quotedAsSpeaker('The same paper quotes a senior harbour official as saying: ')).toBe('a senior harbour official');
  expect(quotedAsSpeaker('while the Evening Post quotes the dockers\' union as describing the offer as ')).toBe("the dockers' union");
  expect(quotedAsSpeaker('Lisbon radio, citing Ana Costa as warning of ')).toBe('Ana Costa');
  // A name set off after the object is the one quoted.
  expect(quotedAsSpeaker('The agency later quoted her spokesman, Rui Lopes, as describing the trip as ')).toBe('Rui Lopes');
  expect(quotedAsSpeaker('The report quoted a docker, Ana Costa, as saying: ')).toBe('Ana Costa');
  // The passive "was quoted as saying" names its subject, read elsewhere; "quoted by" names the medium.
  expect(quotedAsSpeaker('Costa was quoted as saying ')).toBeNull();
  expect(quotedAsSpeaker('Costa was quoted by the radio as saying ')).toBeNull();
  const got = speakers([
    'The Lisbon Herald quotes a senior harbour official as saying: "We will not give in to blackmail."',
    'The Evening Post quotes the dockers\' union as describing the offer as "an insult to every worker".',
  ]);
  expect(got.get('We will not')).toBe('a senior harbour official');
  expect(got.get('an insult to')).toMatch(/union/u);
});

it('keeps a bare surname off a full name the text gives as that person\'s relation', () => {
  expect(introducedAsRelationOf("Costa's sister, Ana Costa, is seen leaving.", 16, 'costa')).toBe(true);
  expect(introducedAsRelationOf("Costa's sister, Ana Costa, is seen leaving.", 16, 'silva')).toBe(false);
  expect(introducedAsRelationOf('The mayor, Ana Costa, is seen leaving.', 11, 'costa')).toBe(false);
  const got = speakers([
    'The union leader arrived at the docks before dawn.',
    'Costa speaks first: "We are not going back to work until the offer changes."',
    "Costa's sister, Ana Costa, is seen leaving with the delegation.",
  ]);
  expect(got.get('We are not')).not.toBe('Ana Costa');
});

it('reads "the paper" as the newspaper the paragraph has just named, and no further back', () => {
  const got = speakers([
    'The Lisbon Herald leads with the harbour strike. In its editorial, the paper warns of "a long and bitter winter".',
    'The Evening Post is calmer.',
    'Across the river the mood is different. Talks will resume, "sooner than anyone thinks", the paper says.',
  ]);
  expect(got.get('a long and')).toBe('the Lisbon Herald');
  // The paper named a paragraph back is not taken for one the text does not name here.
  expect(got.get('sooner than anyone')).not.toBe('the Evening Post');
  // A ministry is no paper.
  const ministry = speakers(['The Labour Ministry issued figures. The figures are "a disgrace", the paper says.']);
  expect(ministry.get('a disgrace')).not.toBe('the Labour Ministry');
});

it('reads a compound adjective before a proper name as describing it', () => {
  const got = speakers(['The state-run Lisbon Herald keeps its distance. The strike is "a matter for the courts", the paper says.']);
  expect(got.get('a matter for')).toBe('the Lisbon Herald');
});

it('does not credit a quote with a reporting clause inside a closed aside before it', () => {
  const got = speakers([
    'A spokesperson tells us: "The port will stay open."',
    'Another email, this time from Ana Costa (no relation to the mayor, she assures us): "Why is the port still closed?"',
  ]);
  expect(got.get('Why is the')).not.toBe('a spokesperson');
});

it('leaves "quotes the president as saying" to the readings that know which president', () => {
  const got = speakers([
    'Ana Costa, president of the dockers\' union, posted as the mayor spoke. An early post quoted the mayor as saying "We will reopen the port on Monday."',
    'Another post quoted the president as saying "The port must stay shut."',
  ]);
  expect(got.get('The port must')).not.toBe('Ana Costa');
});

it('credits an inverted verb of manner to a description of one person after it', () => {
  const got = speakers([
    'The gates opened at dawn. "Closed until further notice," read the sign on the gate.',
    '"We have been waiting for this all year!" beamed the union boss as the first ship docked.',
    '"This is a stitch-up, full stop," fumed one senior Tory MP, who asked not to be named.',
  ]);
  expect(got.get('We have been')).toBe('the union boss');
  expect(got.get('This is a')).toBe('one senior Tory MP');
  expect(got.get('Closed until further')).toBeNull();
});

it('reads "a senior Tory MP" as a description, not a person named "Tory MP"', () => {
  const got = speakers(['"The port must reopen," said a senior Tory MP.', '"It will," said Labour MP Jane Roe.']);
  expect(got.get('The port must')).toBe('a senior Tory MP');
  expect(got.get('It will')).toBe('Jane Roe');
});
