import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a lede of words alone in quotation marks, whose speaker the next paragraph
// names with a phrase that owns the words ("That was the verdict of NAME", "So said NAME", "Those were the words of NAME").
describe('a lede of words alone, its speaker named at the opening of the next paragraph', () => {
  const lede = '"The fleet is a museum that floats."';
  it('"That was the verdict of NAME, a retired admiral, on Wednesday."', () => {
    expect(speakerOf([lede, 'That was the verdict of Arvid Lunde, a retired admiral, on Wednesday. He spoke at a hearing.'], 'museum that floats')).toBe('Arvid Lunde');
  });
  it('"So said NAME, ..."', () => {
    expect(speakerOf([lede, 'So said Arvid Lunde, a retired admiral, at a hearing in Tarnby.'], 'museum that floats')).toBe('Arvid Lunde');
  });
  it('"Those were the words of NAME ..."', () => {
    expect(speakerOf([lede, 'Those were the words of Arvid Lunde, a retired admiral, who spoke at a hearing.'], 'museum that floats')).toBe('Arvid Lunde');
  });
  it('a paragraph that goes on past the quote keeps it from the name after', () => {
    expect(speakerOf(['"The fleet is a museum that floats." The hearing went on until dusk.', 'That was the verdict of Arvid Lunde, a retired admiral.'], 'museum that floats')).toBeNull();
  });
  it('a next paragraph that names someone without owning the words gives them to no one', () => {
    expect(speakerOf([lede, 'Arvid Lunde, a retired admiral, spoke at a hearing on Wednesday.'], 'museum that floats')).toBeNull();
  });
  it('a quote already credited in its own sentence stays with its speaker', () => {
    expect(speakerOf(['"The fleet is a museum that floats," said Vera Holm.', 'That was the verdict of Arvid Lunde, a retired admiral, too.'], 'museum that floats')).toBe('Vera Holm');
  });
});
