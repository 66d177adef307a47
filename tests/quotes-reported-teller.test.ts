import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names): a verb of saying inside what someone else reports.
describe('"X said her brother had described it as "..."": a described person speaks inside the report', () => {
  it('is not the reporter\'s, for a relative', () => {
    const paras = ['Lodger Petra Hume said her cousin had described the attic as "a cupboard with ambitions".'];
    expect(speakerOf(paras, 'a cupboard with ambitions')).not.toBe('Petra Hume');
  });
  it('nor for a role after a possessive and "had said"', () => {
    const paras = ['Crane driver Osmo Tarkka told the hearing that his foreman had said "lift it anyway".'];
    expect(speakerOf(paras, 'lift it anyway')).not.toBe('Osmo Tarkka');
  });
  it('nor for "the" and a noun of a person the lexicon does not read as a speaker', () => {
    const paras = ['Sergeant Wim Olde said the burglar claimed he had been "miles away" that night.'];
    expect(speakerOf(paras, 'miles away')).not.toBe('Wim Olde');
  });
  it('still the reporter\'s under a modal, and for a thing as the subject', () => {
    expect(speakerOf(['Planner Ivo Brack said his team would describe the site as "ready to build".'], 'ready to build')).toBe('Ivo Brack');
    expect(speakerOf(['Planner Ivo Brack said the scheme had been "rushed".'], 'rushed')).toBe('Ivo Brack');
  });
});

describe('"Her husband, NAME, said she had told him: "..."": the pronoun of the other sex is not the reporter', () => {
  it('goes to the woman named before, not the husband reporting', () => {
    const paras = ['Climber Rosa Lindell was freed on Sunday. Her husband, Teo, said she had told him by radio: "I can see the hut."'];
    expect(speakerOf(paras, 'I can see the hut')).toBe('Rosa Lindell');
  });
  it('and is never the husband\'s when the woman stands a paragraph back', () => {
    const paras = ['Climber Rosa Lindell was found alive on Sunday.', 'Her husband, Teo, said she had told him by radio: "I can see the hut."'];
    expect(speakerOf(paras, 'I can see the hut')).not.toBe('Teo');
  });
  it('while "she" of the reporter\'s own sex stays the reporter\'s', () => {
    const paras = ['Climber Rosa Lindell was found alive on Sunday.', 'His wife, Ines Varo, said she had told the rescuers: "Look by the hut."'];
    expect(speakerOf(paras, 'Look by the hut')).toBe('Ines Varo');
  });
});
