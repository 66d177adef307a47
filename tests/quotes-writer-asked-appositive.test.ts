import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: the one the writer puts a question to, named after "the" and a noun of a
// person set off by commas ("the mayor of TOWN, NAME,"), answers next by name, not by the description.
describe("a name set off after the writer's object", () => {
  it('`I asked the mayor of TOWN, NAME, whether ... "...," she said.` is NAME\'s', () => {
    const paras = ['I asked the mayor of Dorvik, Marta Ellison, whether the ferry port would close. "Not while I am mayor," she said.'];
    expect(speakerOf(paras, 'Not while I am mayor')).toBe('Marta Ellison');
  });
  it('`I put it to the minister, NAME, that ... "...," he said.` is NAME\'s', () => {
    const paras = ['I put it to the minister, Tomas Vellacourt, that the salt plan had failed. "It has barely begun," he said.'];
    expect(speakerOf(paras, 'barely begun')).toBe('Tomas Vellacourt');
  });
  it('a name after a place set off ("I visited the port of TOWN, NAME, ...") is no one asked', () => {
    const paras = ['I visited the port of Dorvik, Marta Ellison, and the bay. "Not while I am mayor," she said.'];
    expect(speakerOf(paras, 'Not while I am mayor')).toBeNull();
  });
});
