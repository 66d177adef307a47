import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a description by a calling's general noun ("the retired officer" after "a
// retired border guard") or by the agent noun of what the text has someone do ("the retired commander" after
// "NAME, who commanded a frigate for ten years,") is the one person it fits.
describe('"the retired officer" after "a retired border guard"', () => {
  const paras = (credit: string, other = ''): string[] => [
    `Mara Dolgikh runs the town library.${other}`,
    'Her husband, Ivo Dolgikh, a retired border guard, listened with a smile. "I served thirty years on this river," he said.',
    `${credit} he did not expect "any miracles" from the talks.`,
  ];

  it('is the guard', () => {
    expect(speakerOf(paras('The retired officer said'), 'any miracles')).toBe('Ivo Dolgikh');
  });

  it('not a calling the general noun does not cover', () => {
    expect(speakerOf(paras('The retired pilot said'), 'any miracles')).not.toBe('Ivo Dolgikh');
  });
});

describe('"the retired commander" after "NAME, who commanded a frigate"', () => {
  const paras = (credit: string, first = 'Ivo Lund, who commanded a frigate for ten years, watched the harbour from his porch.'): string[] => [first, `"The tankers met at night," ${credit} said.`];

  it('is the one who commanded', () => {
    expect(speakerOf(paras('the retired commander'), 'tankers met')).toBe('Ivo Lund');
    expect(speakerOf(paras('the commander'), 'tankers met')).toBe('Ivo Lund');
  });

  it('not when two are said to have commanded', () => {
    expect(speakerOf(paras('the retired commander', 'Ivo Lund, who commanded a frigate for ten years, and Ada Roe, who commanded a tanker, watched the harbour.'), 'tankers met')).toBe('the retired commander');
  });
});
