import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { mediumNamedInside } from '../src/quotes/medium-named-inside.ts';

// Passages written for these tests: a paper described by its kind with its own name in capitals before the noun
// ("the populist Harbour Times tabloid") is that named paper, and a later "the Harbour Times wrote" the same one.
describe('a paper named inside its description', () => {
  const paras = [
    'As the populist Harbour Times tabloid put it in a column on Friday, the ferry chief "has picked up a few fans overseas."',
    'Lind would make a better chief than Brandt "in any case," one reader wrote.',
    '"Her chances look thin," the Harbour Times wrote, "after her stand on the fares."',
  ];

  it('credits the paper by its name, not by the description\'s words', () => {
    // ("the Harbour Times" or "Harbour Times", as the directory shows the one name: never the description's words.)
    expect(speakerOf(paras, 'chances look thin')).toMatch(/^(?:the )?Harbour Times$/u);
    expect(speakerOf(paras, 'stand on the fares')).toMatch(/^(?:the )?Harbour Times$/u);
    expect(speakerOf(['"Her chances look thin," the conservative Daily Courier newspaper wrote.'], 'chances')).toBe('the Daily Courier');
  });

  it('reads the name only when it is the paper\'s: not its owner\'s, not a place\'s', () => {
    expect(mediumNamedInside('the populist Harbour Times tabloid')).toBe('the Harbour Times');
    expect(mediumNamedInside('the Communist Party newspaper')).toBeNull();
    expect(mediumNamedInside('the New York tabloid')).toBeNull();
    expect(mediumNamedInside('the Norland daily')).toBeNull();
  });
});
