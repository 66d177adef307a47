import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences and names written for these tests: a description opening the sentence, then the name it gives set off
// by commas with a role in lowercase and no article before it ("His colleague, research fellow NAME, ...").

describe('"His colleague, research fellow NAME, is ..." makes NAME the subject for a later "she"', () => {
  it('a two-word role before the name', () => {
    const text = ['Professor Ivo Brandt heads the lab. "It is slow work," he says.', 'His colleague at the lab, research fellow Saskia Holm, is blunter. She says the real risk is elsewhere: "The money runs out in May."'];
    expect(speakerOf(text, 'money runs out')).toBe('Saskia Holm');
  });

  it('a one-word role before the name', () => {
    const text = ['Karl Moe runs the farm. "The rain is late," he says.', 'His neighbour, economist Greta Lind, is calmer. She says the harvest will hold: "We have seen worse."'];
    expect(speakerOf(text, 'seen worse')).toBe('Greta Lind');
  });
});
