import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests, with invented people and papers: the sentence after a lone quote names its
// source with a description before the name; a description holding a preposition ("owned by", "the wife of") makes
// the name someone else, the owner or the kin, not the source.
describe('a lone quote\'s source named after it, past a description with a preposition', () => {
  it('"That was how the newspaper owned by NAME described the meeting" is not NAME\'s', () => {
    const p = ['"A summit of two lonely men." That was how the newspaper owned by Viktor Lamm described the meeting.'];
    expect(speakerOf(p, 'A summit of two lonely men')).not.toBe('Viktor Lamm');
  });
  it('"So said the wife of NAME" is not NAME\'s', () => {
    const p = ['"We will never sell the farm." So said the wife of Anton Brisk, at the gate.'];
    expect(speakerOf(p, 'We will never sell the farm')).not.toBe('Anton Brisk');
  });
  it('"That was how the analyst NAME described the meeting" still is NAME\'s', () => {
    const p = ['"A summit of two lonely men." That was how the analyst Viktor Lamm described the meeting.'];
    expect(speakerOf(p, 'A summit of two lonely men')).toBe('Viktor Lamm');
  });
});

describe('a lone quote\'s source named after it is no possessive', () => {
  it('"the first person to say it to me was NAME\'s father" is not NAME\'s', () => {
    const p = ['"The leader never sleeps." I heard it often, but the first person to say it to me was Hana Lee\'s father, a retired guide.'];
    expect(speakerOf(p, 'The leader never sleeps')).not.toBe('Hana Lee');
    expect(speakerOf(p, 'The leader never sleeps')).not.toBe("Hana Lee's");
  });
  it('"So said NAME\'s lawyer" is not NAME\'s', () => {
    const p = ['"We will never sell the farm." So said Anton Brisk\'s lawyer, outside the court.'];
    expect(speakerOf(p, 'We will never sell the farm')).not.toBe("Anton Brisk's");
    expect(speakerOf(p, 'We will never sell the farm')).not.toBe('Anton Brisk');
  });
  it('"Those were NAME\'s words" still is NAME\'s', () => {
    const p = ['"We will never sell the farm." Those were Anton Brisk\'s words.'];
    expect(speakerOf(p, 'We will never sell the farm')).toBe('Anton Brisk');
  });
});
