import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for this test: one named with a role of learning (a research fellow, a professor) is the
// subject of the sentence just before a quote credited to "the expert"/"the analyst": the one just named.
describe('"the expert" for the commentator just named', () => {
  it('"NAME, a research fellow at ..., told ... NAME noted ... "...," the expert said." is NAME', () => {
    const paragraphs = ['Harbour experts said the deal mattered.', 'Oda Brekke, a research fellow at a Tromvik institute, told the paper that the talks were useful. Brekke noted that the two ports had traded before. “This is a signal to the whole coast,” the expert said.'];
    expect(speakerOf(paragraphs, 'signal to the whole coast')).toBe('Oda Brekke');
  });
  it('"the expert" after a professor just named is the professor', () => {
    const paragraphs = ['Pim Sollis, a professor of trade at Vell University, followed the talks. Sollis noted that tariffs had fallen. “Nobody expected this,” the expert said.'];
    expect(speakerOf(paragraphs, 'Nobody expected this')).toBe('Pim Sollis');
  });
  it('leaves "the expert" alone when the one just named has no role of learning', () => {
    const paragraphs = ['Oda Brekke, a ship captain, told the paper that the talks were useful. Brekke noted that the two ports had traded before. “This is a signal to the whole coast,” the expert said.'];
    expect(speakerOf(paragraphs, 'signal to the whole coast')).toBe('the expert');
  });
});
