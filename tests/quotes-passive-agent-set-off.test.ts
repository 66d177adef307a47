import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { passiveAgent } from '../src/quotes/passive-agent.ts';

// Passages written for these tests: a passive verb of judging whose agent is a description with the name set off
// after it ("was described by her old trainer, Jana Roe, as "...""): the named agent said the words, never the
// passive's subject they are about.
describe('a passive agent named after its description', () => {
  it('`X was described by his former coach, Y, as "..."` is Y\'s', () => {
    const paras = ['Goalkeeper Tavi Orrin was described by his former coach, Berit Malm, as “the calmest man in any storm”.'];
    expect(speakerOf(paras, 'calmest man')).toBe('Berit Malm');
  });
  it('`X was praised by the town\'s mayor, Y, for "..."` is Y\'s', () => {
    const paras = ['Volunteer Ruta Penn was praised by the town’s mayor, Egon Drass, for “holding the whole street together”.'];
    expect(speakerOf(paras, 'holding the whole')).toBe('Egon Drass');
  });
  it('reads the set-off name as the agent, the plain agent as before', () => {
    expect(passiveAgent('Tavi Orrin was described by his former coach, Berit Malm, as ')?.agent).toBe('Berit Malm');
    expect(passiveAgent('Tavi Orrin was described by Berit Malm as ')?.agent).toBe('Berit Malm');
  });
});
