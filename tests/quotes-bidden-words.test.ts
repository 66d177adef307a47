import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a passive verb of bidding whose infinitive is the quote ("was ordered by X to
// "...""): the words are the agent's, never the one bidden nor the one who reports the bidding.
describe('words bidden in a passive ("ordered by X to "..."") are the agent\'s', () => {
  it('the one reporting that he was ordered is not the speaker', () => {
    const paras = ['Sergeant Ivo Marek said he had been ordered by his captain to "keep the gate shut until dawn".'];
    expect(speakerOf(paras, 'keep the gate shut')).toBeNull();
  });
  it('a named agent speaks ("was urged by her friend NAME to")', () => {
    const paras = ['Petra Holm was urged by her friend Signe Rask to "sell the boat before winter".'];
    expect(speakerOf(paras, 'sell the boat')).toBe('Signe Rask');
  });
  it('with no agent named nobody is told ("was told to")', () => {
    const paras = ['Lukas Brenn was told to "pack his desk by Friday".'];
    expect(speakerOf(paras, 'pack his desk')).toBeNull();
  });
  it('the active form is the subject\'s own bidding', () => {
    const paras = ['Captain Ada Strom told her crew to "hold the line at all costs".'];
    expect(speakerOf(paras, 'hold the line')).toBe('Ada Strom');
  });
});
