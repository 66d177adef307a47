import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { clauseOnThingSaid } from '../src/quotes/said-thing-clause.ts';

// Passages written for these tests: a first-person memoir under a byline.
describe('a relative clause on the thing said before a colon', () => {
  const paras = [
    'By Colin Marsh',
    'Teodor Vask came over the border in 1991 and spent a winter in a room with me. In those months he said something I wrote on a card and kept on my desk for years: "A harbour is a door you can lock."',
    'Vask told me something I still repeat: "Fish do not vote."',
    'I wrote in my notebook: "Nobody believes him yet."',
  ];
  it('is never the words of the "I" who kept them', () => {
    expect(speakerOf(paras, 'A harbour is a door')).not.toBe('Colin Marsh');
  });
  it('gives them to the "he" right before the verb of saying, read as any pronoun is', () => {
    expect(speakerOf(paras, 'A harbour is a door')).toBe('Teodor Vask');
  });
  it('gives them to a full name right before the verb of saying', () => {
    const named = ['By Colin Marsh', 'In those months Teodor Vask said something I wrote on a card: "Nets are cheaper than walls."'];
    expect(speakerOf(named, 'Nets are cheaper')).toBe('Teodor Vask');
  });
  it('gives the words to the one named as saying the thing', () => {
    expect(speakerOf(paras, 'Fish do not vote')).toBe('Teodor Vask');
  });
  it('leaves the writer his own "I wrote ...:"', () => {
    expect(speakerOf(paras, 'Nobody believes him yet')).toBe('Colin Marsh');
  });
});

describe('clauseOnThingSaid', () => {
  it('reads a subject after "said something", "told me one thing", "had a line"', () => {
    const t = 'He said something I wrote down: "x"';
    expect(clauseOnThingSaid(t, 0, t.indexOf('"'), 'I')).toBe(true);
    const u = 'Roe told me one thing that we never forgot: "x"';
    expect(clauseOnThingSaid(u, 0, u.indexOf('"'), 'we')).toBe(true);
  });
  it('is false for a subject opening its own sentence', () => {
    const t = 'I wrote it down: "x"';
    expect(clauseOnThingSaid(t, 0, t.indexOf('"'), 'I')).toBe(false);
  });
});
