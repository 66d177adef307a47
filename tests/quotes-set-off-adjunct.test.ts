import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a phrase a preposition opens, set off by commas between a name and its
// reporting verb, is no subject; the name before it speaks (alone, or after its role in lowercase).
describe('a prepositional phrase set off between a name and its verb', () => {
  it('"Jane Roe, in an attempt to answer X\'s critics, said, "..."" is Jane Roe\'s', () => {
    const paras = ['The pier was packed. Jane Roe, in an attempt to answer Mark Vos’s critics, said, “Nobody will lose a berth this winter.”'];
    expect(speakerOf(paras, 'lose a berth')).toBe('Jane Roe');
  });
  it('with an outlet and a role before the name', () => {
    const paras = ['The pier was packed. Coastal Times columnist Mara Lind, in a bid to point up Mayor Vos’s silence, wrote, “The harbour has never been this quiet.”'];
    expect(speakerOf(paras, 'never been this quiet')).toBe('Mara Lind');
  });
  it('a description after "the" is still not taken for a name', () => {
    const paras = ['The pier was packed. The union said its members, in a vote on Monday, backed the deal as “the best we could get.”'];
    expect(speakerOf(paras, 'the best we could get')).not.toBe('Monday');
  });
});

// Passages written for these tests: after the quote, a name and a description or relative clause whose closing
// comma the writer left out, then the verb of speaking.
describe('a set-off description missing its closing comma after the quote', () => {
  it('"..., " Jane Roe, the pollster who founded Harbourstats.com tweeted', () => {
    const paras = ['The count went on. “The coastal towns are moving her way,” Jane Roe, the pollster who founded Harbourstats.com tweeted on Friday.'];
    expect(speakerOf(paras, 'moving her way')).toBe('Jane Roe');
  });
  it('"...," Mara Lind, who is chair of the Dock Fund said', () => {
    const paras = ['The count went on. “We will fund every berth,” Mara Lind, who is chair of the Dock Fund said in a statement.'];
    expect(speakerOf(paras, 'every berth')).toBe('Mara Lind');
  });
  it('a place after the comma is no description', () => {
    const paras = ['The count went on. “We will fund every berth,” Mara Lind, Oregon, the fund said.'];
    expect(speakerOf(paras, 'every berth')).not.toBe('Mara Lind');
  });
});
