import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests, with invented names.
describe('"one of the officials said": one member of a group, by a noun of the lexicon of roles', () => {
  it('after a group that spoke, "...," one of the officials said credits that unnamed member', () => {
    const paras = ['Three harbour officials, speaking on condition of anonymity, said the ferry talks had stalled. "Nobody in the ministry returns our calls," one of the officials said.'];
    expect(speakerOf(paras, 'Nobody in the ministry returns our calls')).toBe('one of the officials');
  });
  it('"one of the sources said" too', () => {
    const paras = ['Two sources close to the board said the vote was delayed. "They want more time," one of the sources said.'];
    expect(speakerOf(paras, 'They want more time')).toBe('one of the sources');
  });
});

describe('"One, NAME, told us:": the name set off after "One" speaks', () => {
  it('"One, Professor NAME of X University, told her: "..."" credits the professor', () => {
    const paras = ['Our correspondent Mara Holt has been asking economists. Most see the strike as costly. One, Professor Anton Vierling of Lakeside University, told her: "Every week of this costs the region a small fortune."'];
    expect(speakerOf(paras, 'Every week of this costs the region')).toBe('Anton Vierling');
  });
  it('with a second apposition: "One, NAME, a trawler captain, told reporters:"', () => {
    const paras = ['Fishermen at the quay were angry. One, Jonas Pellwick, a trawler captain, told reporters: "The quota is a joke."'];
    expect(speakerOf(paras, 'The quota is a joke')).toBe('Jonas Pellwick');
  });
  it('but a description after "One" names no one: "One, a trawler captain, said:" does not credit a name', () => {
    const paras = ['Jonas Pellwick chairs the harbour board. Fishermen at the quay were angry. One, a trawler captain, said: "The quota is a joke."'];
    expect(speakerOf(paras, 'The quota is a joke')).not.toBe('Jonas Pellwick');
  });
});
