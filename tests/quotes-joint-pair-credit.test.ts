import { expect, it } from 'vitest';
import { jointCredit } from '../src/quotes/joint-names.ts';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

// Passages written for these tests, with invented people, places and bodies: two people named in full, credited
// together by a verb after the quote with their plural role and where they are from, by an inverted verb, or
// alone before a colon after a digest's heading.
it('credits the pair after its plural role and where it is from, and the quote that goes on after it', () => {
  const got = speakers([
    'Analysts have argued about the dam for years.',
    '"The spillway could fail in a wet spring," hydrology experts Ivo Dahl and Rosa Brandt of the Vell Institute for Water wrote in May. "Whether the council can afford the repair is unknown."',
  ]);
  expect(got.get('The spillway could fail in a wet spring')).toBe('Ivo Dahl and Rosa Brandt');
  expect(got.get('Whether the council can afford the repair is unknown')).toBe('Ivo Dahl and Rosa Brandt');
});

it('credits the pair after an inverted verb and a plural role', () => {
  const got = speakers(['"The harbour plan was flawed from the start," wrote the economists Lena Moss and Carl Hume.']);
  expect(got.get('The harbour plan was flawed from the start')).toBe('Lena Moss and Carl Hume');
});

it("credits the pair alone before the colon after a digest's heading", () => {
  const got = speakers([
    'This is the Harbour Digest for Tuesday.',
    'DUNMORE POLLS WERE RIGHT AFTER ALL - Lena Moss and Carl Hume: "The surveys did not fail. They simply stopped a week too early."',
  ]);
  expect(got.get('The surveys did not fail. They simply stopped a week too early')).toBe('Lena Moss and Carl Hume');
});

it('leaves a list of three, one and his relation, or a pair inside a clause uncredited as a pair', () => {
  expect(jointCredit('', ', wrote Ivo Dahl, Rosa Brandt and Carl Hume.')).toBeNull();
  expect(jointCredit('', ', Ivo Dahl and his neighbour wrote.')).toBeNull();
  expect(jointCredit('He thanked Ivo Dahl and Rosa Brandt: ', null)).toBeNull();
  expect(jointCredit('', ', the firm Marks and Spencer said.')).toBeNull();
  const got = speakers(['"We will appeal," wrote Ivo Dahl, Rosa Brandt and Carl Hume.']);
  expect(got.get('We will appeal')).toBeNull();
});
