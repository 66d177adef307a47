import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a child named with an age and a word of kin, then "the boy said" or
// "the girl said"; and cases where another child may be meant, or the child is far back.
describe('"the boy" / "the girl" is the one child of that sex the text gives an age', () => {
  it('`His granddaughter, NAME, 9, ... "...," the girl said.`', () => {
    const paras = ['Farmer Ilya Vostrikov, 68, stood by the fence with his granddaughter. “We used to grow rye here,” he said.', 'His granddaughter, Masha, 9, was more interested in the goats. “They eat everything,” the girl said.'];
    expect(speakerOf(paras, 'eat everything')).toBe('Masha');
  });
  it('`His son, NAME, 10, ... "...," the boy said.` beside a girl given an age', () => {
    const paras = ['Her daughter, Vera, 8, ran to the gate.', 'His son, Pavel, 10, said nothing at first. “I want to be a pilot,” the boy said.'];
    expect(speakerOf(paras, 'be a pilot')).toBe('Pavel');
  });
  it('another boy named beside him leaves "the boy" to nobody', () => {
    const paras = ['Farmer Ilya Vostrikov, 68, stood by the fence with his grandsons.', 'His grandson, Kolya, 9, was more interested in the goats than his cousin Denis Orlovsky, who is 11. “They eat everything,” the boy said.'];
    expect(speakerOf(paras, 'eat everything')).not.toBe('Kolya');
  });
  it('a child named paragraphs back is not "the girl"', () => {
    const paras = ['Her daughter, Lena, 7, waved at the tractor.', 'The harvest was late this year, and the rain did not help.', 'The co-operative met on Friday to discuss it. “We need a new roof,” the girl said.'];
    expect(speakerOf(paras, 'new roof')).not.toBe('Lena');
  });
});
