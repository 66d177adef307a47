import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('credits nobody with words another is only imagined saying', () => {
  const got = speakers([
    'Parents said the principal, Osmund Rile, should have said "we failed" at the meeting.',
    'Had the principal said "we are listening", the row would have ended.',
    'Imagine trustee Bettina Vorl saying "I resign". It will not happen.',
    'The visiting inspector, Harlan Ames, is unlikely to call the school "outstanding" on Friday.',
    'Rile said on Tuesday: "We are doing our best."',
  ]);
  expect(got.get('we failed')).toBeNull();
  expect(got.get('we are listening')).toBeNull();
  expect(got.get('I resign')).toBeNull();
  expect(got.get('outstanding')).toBeNull();
  expect(got.get('We are doing our best')).toBe('Osmund Rile');
});

it('still gives one his own reported words about what he should have said', () => {
  const got = speakers(['Coach Devin Ardle said he should have called the result "a disaster" on the night.']);
  expect(got.get('a disaster')).toBe('Devin Ardle');
});

it('credits nobody with words a correction says were wrongly reported, or one insisted he never told', () => {
  const got = speakers([
    'A report on Monday incorrectly quoted surveyor Jolene Pask as saying the dam was "cracked".',
    'We previously reported that union leader Aldo Merin had called the offer "a bribe".',
    'Skipper Ewart Colley insisted he had never told the crew the boat was "unsinkable".',
    'A spokeswoman for mayor Ilsa Brenner denied she had called the plan "a fraud".',
  ]);
  expect(got.get('cracked')).toBeNull();
  expect(got.get('a bribe')).toBeNull();
  expect(got.get('unsinkable')).toBeNull();
  expect(got.get('a fraud')).toBeNull();
});

it('credits nobody with words in a claim the sentence calls false, but keeps a report left standing', () => {
  const got = speakers([
    'Claims that foreman Idris Polk told the crew to "down tools" are false, the company said.',
    'Reports that director Wenda Morrow called the merger "a rescue" spread on Monday.',
  ]);
  expect(got.get('down tools')).toBeNull();
  expect(got.get('a rescue')).toBe('Wenda Morrow');
});
