import { expect, it } from 'vitest';
import { classifyProperName } from '../src/quotes/names.ts';
import { quoteOpeningWith } from './helpers/quotes.ts';

const read = (paras: string[]) => quoteOpeningWith(paras);

// A name ending on a firm's word ("Systems", "Marine", "Mutual") is a firm's, not a person surnamed so; a known
// given name before it keeps the person.
it("reads a name ending on a firm's word as a body's, unless a given name opens it", () => {
  expect(classifyProperName('Brask Defence Systems')).toBe('organisation');
  expect(classifyProperName('Velmor Mutual')).toBe('organisation');
  expect(classifyProperName('Quillon Marine')).toBe('organisation');
  expect(classifyProperName('Ann Marine')).toBe('person');
  expect(classifyProperName('Susan Steel')).toBe('person');
});

// "the drone maker", "the company": a firm's description points back to the one firm named before it.
it('credits a description of a firm to the one firm named before it in the paragraph', () => {
  const got = read([
    'Shares in Brask Defence Systems fell 3% on Monday after the drone maker told investors that new rules had made buyers "slower, not faster" about orders.',
  ]);
  expect(got.get('slower, not faster')).toEqual({ speaker: 'Brask Defence Systems', kind: 'organisation' });
});

it('credits "the company" to the one firm named in the paragraph before', () => {
  const got = read(['Velmor Mutual reported a loss for the quarter on Tuesday.', 'The company said claims had been "heavier than any year we remember."']);
  expect(got.get('heavier than any')).toEqual({ speaker: 'Velmor Mutual', kind: 'organisation' });
});

it('leaves the description alone when two firms are named before it', () => {
  const got = read([
    'Brask Defence Systems and Quillon Marine both bid for the contract, and the shipbuilder said the terms were "not worth the steel."',
  ]);
  expect(got.get('not worth the steel').speaker).not.toBe('Brask Defence Systems');
  expect(got.get('not worth the steel').speaker).not.toBe('Quillon Marine');
});

it("keeps a spokesperson for a described firm the firm's voice when the firm's name reads as a body's", () => {
  const got = read(['A spokesperson for a rival insurer, Velmor Mutual, said it was "watching the harbour closely" and declined to comment.']);
  expect(got.get('watching the harbour').speaker).toBe('a spokesperson for Velmor Mutual');
});
