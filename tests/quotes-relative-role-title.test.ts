import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests, with invented names.
describe('"NAME, a ROLE, who told ... that "..."": the name speaks', () => {
  it('a role set off between the name and "who" is the same person', () => {
    const paras = ['A fourth claim came from Rep. Walt Brenner, a Democrat, who told a local podcast that the plan "would bankrupt the port".'];
    expect(speakerOf(paras, 'bankrupt the port')).toBe('Walt Brenner');
  });
  it('a programme\'s title in quotation marks inside the clause is no quote of it', () => {
    const paras = ['A fourth claim came from Rep. Walt Brenner, who told the "Harbour Talk" podcast that the plan "would bankrupt the port".'];
    expect(speakerOf(paras, 'bankrupt the port')).toBe('Walt Brenner');
    expect(speakerOf(paras, 'Harbour Talk')).toBeNull();
  });
});
