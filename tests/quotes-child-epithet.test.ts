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

// Passages written for these tests: "the teenager" tells no sex, only an age from 13 to 19; the one so aged,
// named by a given name alone with the age set off after it in the paragraph before, is meant.
describe('"the teenager" after a given name with a teenager\'s age', () => {
  it('is the one named with the age in the paragraph before', () => {
    const paras = [
      'Then the coach asked the youngest player to lead the warm-up. Tarik, 16, who joined the club last spring with his sister, paused before getting to his feet.',
      '"I do not know much about football," the teenager said afterwards. "But I know how to run."',
    ];
    expect(speakerOf(paras, 'much about football')).toBe('Tarik');
  });
  it('is nobody when two teenagers were given ages', () => {
    const paras = ['Tarik, 16, and Lene, 15, stood at the gate.', '"We waited all day," the teenager said.'];
    expect(speakerOf(paras, 'waited all day')).not.toBe('Tarik');
    expect(speakerOf(paras, 'waited all day')).not.toBe('Lene');
  });
  it('is nobody when the one aged 16 is named only further back', () => {
    const paras = ['Tarik, 16, stood at the gate.', 'The match began late.', 'The crowd was small.', '"We waited all day," the teenager said.'];
    expect(speakerOf(paras, 'waited all day')).not.toBe('Tarik');
  });
});
