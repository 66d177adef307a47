import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

// A phone-in transcript written for these tests, with invented people: the guest's label names him once in
// parentheses, then stands bare; a caller of the same shape quotes someone else.
const transcript = [
  'HOST (Mira Kovac): Good evening, this is The Late Line. With me is Pavel Drozd, who served in Pyongyang.',
  'GUEST (Pavel Drozd, former diplomat): Good evening, Mira. A long day for the region, whatever one thinks of it.',
  'HOST: Pavel, is this a surprise?',
  'GUEST: Not at all. I cannot comment on what is in the boxes, but we all know.',
  'CALLER (Ivo, Tarnow): My son wrote to me: "Papa, the boxes have writing on them." So what is the secret?',
];

it('gives every turn of a part named once in parentheses to that person', () => {
  const got = speakersByStart(transcript);
  expect(got.get('Good evening, Mira')).toBe('Pavel Drozd');
  expect(got.get('Not at all')).toBe('Pavel Drozd');
  // (The son's words the caller quotes stay the son's, never the caller's.)
  expect(got.get('Papa, the boxes')).not.toBe('Ivo');
});

it('names no one when the label is given two people', () => {
  const got = speakersByStart([
    'GUEST (Pavel Drozd, former diplomat): Good evening. A long day for the region.',
    'GUEST (Lena Sorb, economist): Good evening. I think we will all pay for it.',
    'GUEST: Not at all. I cannot comment on what is in the boxes, but we all know.',
  ]);
  expect(got.get('Not at all')).not.toBe('Pavel Drozd');
  expect(got.get('Not at all')).not.toBe('Lena Sorb');
});
