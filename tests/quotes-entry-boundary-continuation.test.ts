import { expect, it } from 'vitest';
import { opensEntry } from '../src/quotes/time-stamps.ts';
import { speakersByQuote } from './helpers/quotes.ts';

// Live pages written for these tests, with invented people and places. Each entry opens under its time; a quote in
// the next entry's heading, or opening its first paragraph, is no next words of the one quoted last in the entry
// before, whichever way the page runs.

it('does not carry the last speaker of an entry on to a quote in the next entry\'s heading', () => {
  const got = speakersByQuote([
    'Live coverage of the harbour strike in Tarnow.',
    '**14:05 BST – Welcome**',
    'Good afternoon.',
    '**15:10 BST – Harbour board reacts**',
    'Tomas Reld, the board\'s chair, spoke to reporters. "We will not be moved," Reld said.',
    '**15:45 BST – "The lights are out"**',
    'Marta Osk, a councillor, wrote on her page that the valley had gone dark.',
  ]);
  expect(got.get('We will not be moved')).toBe('Tomas Reld');
  expect(got.get('The lights are out')).toBeNull();
});

it('does not read the entry before\'s last sentence as the sentence before a heading quote', () => {
  const got = speakersByQuote([
    'Live coverage of the harbour strike in Tarnow.',
    '09:05 BST – Welcome to our coverage',
    'Dana Fesk, an analyst at the Orlin Institute, spoke to us at length about the strike.',
    '09:40 BST – "Keep calm and stay home"',
    'The mayor of Tarnow addressed the town.',
    '10:15 BST – Talks resume',
    'The two sides met again at noon.',
  ]);
  expect(got.get('Keep calm and stay home')).toBeNull();
});

it('tells an entry\'s time from a transcript\'s bracketed position', () => {
  expect(opensEntry('**15:10 BST – "The lights are out"**')).toBe(true);
  expect(opensEntry('09:40 GMT - The minister said the port would reopen.')).toBe(true);
  expect(opensEntry('[00:04:32] Host: welcome back.')).toBe(false);
  expect(opensEntry('The strike began at 9.05 on Monday.')).toBe(false);
});
