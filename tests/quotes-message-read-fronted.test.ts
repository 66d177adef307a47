import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a fronted phrase "Replying to a post by NAME that read "..."," before the main clause.
describe('a post\'s words read in a fronted phrase are its writer\'s, not the main clause subject\'s', () => {
  it('"Replying to a post by the senator, NAME, that read "...," NAME2 wrote:" gives the first quote to NAME', () => {
    const paras = ['Replying to a post by the senator, Orla Mackintosh, that read "Rents must fall," the landlord Fergal Quigg wrote: "Then so must taxes."'];
    expect(speakerOf(paras, 'Rents must fall')).toBe('Orla Mackintosh');
    expect(speakerOf(paras, 'Then so must taxes')).toBe('Fergal Quigg');
  });
  it('a sender only described is credited as described, never the one replying', () => {
    const paras = ['Answering a message by a reader that said "You never print good news," the editor Solvej Ahlgren wrote: "We print what happens."'];
    expect(speakerOf(paras, 'You never print good news')).not.toBe('Solvej Ahlgren');
  });
});
