import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: '"...," he said.' where a sentence between the pronoun and the man it would
// otherwise go back to offers another man it may mean.
describe('"he said" past a sentence opened by someone else', () => {
  const opening = 'Dr. Pavel Tarkin and Senator Ralf Okoye were asked to pick a winner.';
  it('is nobody past a bare surname that opens a sentence as its subject, one the text names nowhere else', () => {
    const paras = [opening, 'Okoye said his pick was political. "With an eye to the vote," he said. Brandvold dodged the question, and did not choose. "I will predict the winner," he said.'];
    expect(speakerOf(paras, 'predict the winner')).toBeNull();
  });
  it('still goes on with the speaker past a possessive opening a sentence', () => {
    const paras = ['Mayor Omar Kask spoke on Monday. "We will not close the port," he said. Tamm\'s plan for the harbour is different, and it will cost more. "The ships will keep coming," he said.'];
    expect(speakerOf(paras, 'ships will keep')).toBe('Omar Kask');
  });
  it('still goes on with the speaker past a sentence opened by a word of clause', () => {
    const paras = ['Mayor Omar Kask was quoted by the paper as saying: "We will look at what is possible." Whether ports were discussed, left the mayor open. "The ships will keep coming," he said.'];
    expect(speakerOf(paras, 'ships will keep')).toBe('Omar Kask');
  });
  it('still goes on with the speaker past a sentence opened by a woman', () => {
    const paras = ['Mayor Omar Kask spoke on Monday. "We will not close the port," he said. Mara Lind, the governor, disagrees. "The ships will keep coming," he said.'];
    expect(speakerOf(paras, 'ships will keep')).toBe('Omar Kask');
  });
});

describe('"he said" after a sentence that credits someone else', () => {
  it('goes to the one credited, not the one the credited sentence talks about', () => {
    const paras = ['Dirk Brandt joined Okoye at rallies in bars around the city. Senator Ralf Okoye won over the small crowds with long speeches, Brandt said. "He was very sharp," he said.'];
    expect(speakerOf(paras, 'very sharp')).toBe('Dirk Brandt');
  });
});

describe('"he said" after a sentence opened by an aide named after the one he works for', () => {
  const paras = ['Senator Ralf Okoye won the vote. "This was the moment," he said in his winning address that night. Okoye pollster Dirk Brandt, the top analyst in the state, took up the thread at the time. "Voters see it," he said. "The striking thing was the turnout."'];
  it('is not the one he works for', () => {
    expect(speakerOf(paras, 'Voters see it')).not.toBe('Ralf Okoye');
    expect(speakerOf(paras, 'striking thing')).not.toBe('Ralf Okoye');
  });
  it('nor when a verb, not a role, follows the name', () => {
    const p = ['Senator Ralf Okoye won the vote. "This was the moment," he said that night. Okoye thanked Dirk Brandt for the work. "Voters see it," he said.'];
    expect(speakerOf(p, 'Voters see it')).toBe('Ralf Okoye');
  });
});

describe('"he said" after a sentence that credits someone the quote then speaks of by title', () => {
  it('is not the one the words call "Senator ..."', () => {
    const paras = ['Senator Ralf Okoye won in the north. His campaign manager, Dirk Brandt, said Okoye believes the ads will pay off. He should also gain a lift from the result, Okoye said. "People wondered whether Senator Okoye could win, and he showed them we could," he said.'];
    expect(speakerOf(paras, 'showed them we could')).not.toBe('Ralf Okoye');
  });
});
