import { expect, it } from 'vitest';
import { nameAfterRelativeCredit } from '../src/quotes/relative-then-name.ts';
import { speakerOf } from './helpers/quotes.ts';

// Session 56 (h6): '"...," said the man who had run the ministry for a decade, NAME.': the name closing the sentence
// is the one the description and its relative clause tell of, not a described "the man".

it('names the one described with a relative clause by the name closing the sentence', () => {
  expect(speakerOf(['"We will plant again," said the woman who ran the orchard for forty years, Gwendolyn Tresidder.'], 'We will plant again')).toBe('Gwendolyn Tresidder');
  expect(speakerOf(['"The dam will hold," said the engineer who designed it in 1988, Lorcan Mulrooney.'], 'The dam will hold')).toBe('Lorcan Mulrooney');
  expect(speakerOf(['"He paid on time," said the man who, for ten years, had driven the senator Ansel Ruddock, Piran Quiller.'], 'He paid on time')).toBe('Piran Quiller');
});

it('gives no name apposed to a role that closes the clause', () => {
  const got = speakerOf(['"I was loyal," said the deputy who was sacked after a row with the minister, Tancred Oakhampton.'], 'I was loyal');
  expect(got).not.toBe('Tancred Oakhampton');
  expect(nameAfterRelativeCredit(', said the deputy who was sacked after a row with the minister, Tancred Oakhampton.')).toBeNull();
});

it('gives no man’s name to "the woman who ..."', () => {
  const got = speakerOf(['"It was cold," said the woman who found the boat, Bartholomew Ruddle.'], 'It was cold');
  expect(got).not.toBe('Bartholomew Ruddle');
});
