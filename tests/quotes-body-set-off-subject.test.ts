import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: invented bodies, places and people.
describe('a body\'s name set off by an aside before its verb is the subject an "it" goes back to', () => {
  const after = 'In a note to reporters, it said Norland "follows with attention" the contacts and "reaffirms its commitment to the rules."';
  it('after "known as NAME"', () => {
    const paragraphs = ['Senator Ivo Brandt posted twice.', `The Harbour Ministry, known as Kelvar, was more careful. ${after}`];
    expect(speakerOf(paragraphs, 'follows with attention')).toBe('the Harbour Ministry');
    expect(speakerOf(paragraphs, 'reaffirms')).toBe('the Harbour Ministry');
  });
  it('after a participle\'s aside', () => {
    const paragraphs = ['Senator Ivo Brandt posted twice.', `The Harbour Ministry, known for its caution, was more careful. ${after}`];
    expect(speakerOf(paragraphs, 'follows with attention')).toBe('the Harbour Ministry');
  });
  it('never makes "he" the body', () => {
    const paragraphs = ['The Harbour Ministry, known as Kelvar, was more careful. "We follow it," he said.'];
    expect(speakerOf(paragraphs, 'We follow it')).not.toBe('the Harbour Ministry');
  });
  it('not after an adverbial set off, which says nothing of the body: a later "they" of the writers finds no one', () => {
    const paragraphs = ['The sentence of Oda Lindqvist and Piet Varga is harsh, they argue.', 'Harbour Finance, instead of lending to farms, built towers. At best, they write, the towers have "yielded almost nothing of use."'];
    expect(speakerOf(paragraphs, 'yielded almost nothing')).not.toBe('Harbour Finance');
  });
});
