import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: one only described, whom a relative clause says agreed to talk, is set
// up to speak, so the "he tells her" after it is theirs.
describe('"a ... who agreed to talk" sets the one described up to speak', () => {
  it('no comma before "who", present-tense "he tells her"', () => {
    const paras = ['In the harbour town she finds a retired ferry captain who agreed to talk if his name was left out. "The boats stopped coming in March," he tells her. "Nobody told us why."'];
    expect(speakerOf(paras, 'boats stopped coming')).toBe('a retired ferry captain');
    expect(speakerOf(paras, 'Nobody told us why')).toBe('a retired ferry captain');
  });

  it('with a comma, "agreed to speak", past tense (a pronoun other than the writer\'s "she")', () => {
    const paras = ['At the county depot she finds a mechanic, who agreed to speak on condition of anonymity. "We ran out of spare parts in the second week," he said.'];
    expect(speakerOf(paras, 'ran out of spare parts')).toBe('a mechanic');
  });

  it('the pronoun must still fit: "he" is not the woman who agreed to talk', () => {
    const paras = ['She finds a retired schoolteacher, a widow who agreed to talk about the flood. "The water came at night," he says.'];
    expect(speakerOf(paras, 'water came at night')).toBeNull();
  });

  it('without the clause, one only described stays unanswered', () => {
    const paras = ['In the harbour town she finds a retired ferry captain. "The boats stopped coming in March," he tells her.'];
    expect(speakerOf(paras, 'boats stopped coming')).toBeNull();
  });
});

describe('"The last word belongs to ..." hands the floor to the one it names', () => {
  const intro = 'At the quarry she finds a retired quarry foreman who agreed to talk. "We used to hear the charges from town," he tells her.';
  const filler = ['The chapters on licensing are dry.', 'The maps are excellent, the index thin.', 'The photographs could have been larger.'];
  it('paragraphs after the one described spoke, "the foreman" is that man', () => {
    const paras = [intro, ...filler, 'The last word belongs to the foreman. Asked what he misses, he shrugs. "Nothing, except the noise," he says.'];
    expect(speakerOf(paras, 'except the noise')).toBe('a retired quarry foreman');
  });
  it('"X gets the last word" too', () => {
    const paras = [intro, ...filler, 'The foreman gets the last word. "Nothing, except the noise," he says.'];
    expect(speakerOf(paras, 'except the noise')).toBe('a retired quarry foreman');
  });
  it('without the hand-over, a "he" that far back stays unanswered', () => {
    const paras = [intro, ...filler, 'The book ends in the quarry. "Nothing, except the noise," he says.'];
    expect(speakerOf(paras, 'except the noise')).toBeNull();
  });
});
