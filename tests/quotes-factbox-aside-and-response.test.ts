import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names).
describe('a factbox line: a name, what the speaker was doing, a colon', () => {
  it('"NAME, greeting NAME2 at the pier:" credits NAME', () => {
    expect(speakerOf(['Mayor Ines Varga, greeting Ola Brandt at the pier: "Welcome to our harbour."'], 'Welcome to our harbour.')).toBe('Ines Varga');
  });
  it('"NAME, when asked about the fares:" credits NAME', () => {
    expect(speakerOf(['Transport Minister Piet Anker, when asked about the fares: "Nobody will pay more."'], 'Nobody will pay more.')).toBe('Piet Anker');
  });
});

describe('an owner\'s response relayed without a colon', () => {
  it('"X\'s answer, the clerk said, had been "..."": a description in the clerk\'s words', () => {
    const paras = ['A harbour clerk, speaking on condition of anonymity, said the town had written to Ola Brandt. Brandt\'s answer, the clerk said, had been "slow and vague".'];
    expect(speakerOf(paras, 'slow and vague')).toBe('a harbour clerk');
  });
  it('with a colon the words are the owner\'s, relayed: nobody is credited', () => {
    const paras = ['A harbour official said the town had written to Ola Brandt. Brandt\'s response, the official said, was: "We will look into it."'];
    expect(speakerOf(paras, 'We will look into it.')).toBeNull();
  });
});
