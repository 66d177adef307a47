import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people and places): an "according to" source opening the sentence,
// then a clause whose own subject, a person described, says or shouts the words.
describe('"According to NAME, the coach said: ..." is not the source\'s', () => {
  it('"According to NAME, who heard it from his brother, the coach said at half-time: ..."', () => {
    const paras = ['According to Osgar Tunney, who heard it from his brother Lorn, the coach said at half-time: "Run until you drop."'];
    expect(speakerOf(paras, 'Run until you drop')).not.toBe('Osgar Tunney');
  });

  it('"According to PC NAME, a neighbour heard the victim shout \\"...\\""', () => {
    const paras = ['According to PC Wenna Treloar, a neighbour heard the victim shout "Leave me alone".'];
    expect(speakerOf(paras, 'Leave me alone') ?? '').not.toMatch(/Treloar/u);
  });

  it('"According to the reporter NAME, a spokesman for the port said: ..."', () => {
    const paras = ['According to the reporter Elke Vandermolen, a spokesman for the harbour said: "The quay stays shut."'];
    expect(speakerOf(paras, 'quay stays shut')).not.toBe('Elke Vandermolen');
  });

  it('still the source for what a body says the sides did: "According to the ministry, both sides expressed readiness \\"...\\""', () => {
    const paras = ['According to the Foreign Ministry of Valdoria, both sides expressed readiness "to widen trade in grain and timber".'];
    expect(speakerOf(paras, 'widen trade')).toMatch(/Ministry/u);
  });

  it('still a named speaker after the source: "According to NAME, NAME2 said: ..."', () => {
    const paras = ['According to Osgar Tunney, Brannoch Hale said at half-time: "Run until you drop."'];
    expect(speakerOf(paras, 'Run until you drop')).toBe('Brannoch Hale');
  });
});
