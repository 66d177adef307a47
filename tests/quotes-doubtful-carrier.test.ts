import { expect, it } from 'vitest';
import { carriedByDoubtful } from '../src/quotes/doubtful-carrier.ts';
import { speakersByStart } from './helpers/quotes.ts';

/** The speaker credited with the quote opening with each words given (undefined when no such quote). */
const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-02-01');

it('knows a doubtful carrier before the credit', () => {
  const before = 'A viral post claims that Mayor Ann Kerr told the council she would ';
  expect(carriedByDoubtful(before, before.indexOf('Ann Kerr'))).toBe(true);
  const rumour = 'According to a rumour spreading online, Ann Kerr said she would ';
  expect(carriedByDoubtful(rumour, rumour.indexOf('Ann Kerr'))).toBe(true);
  const paper = 'The Dover Times reported that Ann Kerr told the council she would ';
  expect(carriedByDoubtful(paper, paper.indexOf('Ann Kerr'))).toBe(false);
});

it('never credits a person with words a viral post says she said', () => {
  const got = speakers([
    'FALSE: A widely shared post says that Mayor Ann Kerr told the council that the city would "sell the harbour to a casino".',
    'Social media users claimed Kerr had promised to "close every school". She said no such thing.',
  ]);
  expect(got.get('sell the harbour')).toBeNull();
  expect(got.get('close every school')).toBeNull();
});

it('still credits the one a medium or a reporter says spoke', () => {
  const got = speakers([
    'The Dover Times quoted Mayor Ann Kerr as saying the harbour was "not for sale".',
    'Its reporter, Tom Hale, wrote that Kerr told the council: "We will keep the port."',
    'Kerr told the council that the city would "never give up the quay".',
  ]);
  expect(got.get('not for sale')).toMatch(/Kerr/u);
  expect(got.get('We will keep')).toMatch(/Kerr/u);
  expect(got.get('never give up')).toMatch(/Kerr/u);
});
