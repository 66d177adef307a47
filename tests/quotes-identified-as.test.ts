import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { givenNameSubject } from '../src/quotes/given-name-clause.ts';

// Passages written for these tests: a caller described, then named by "who identified herself as ...", quoted
// with "she" in the next paragraph.
describe('"a woman who identified herself as Ms. X" names the one described', () => {
  it('`The next listener, a woman who identified herself as Ms. X from PLACE, said ... / "...," she said.`', () => {
    const paras = ['The phone lines opened at nine.', 'The next listener, a woman who identified herself as Ms. Lindqvist from Harwich, said her nephew had been on the ferry.', '“I have not slept for two days,” she said.'];
    expect(speakerOf(paras, 'I have not slept for two days')).toBe('Lindqvist');
  });
  it('reads the name, the sex and the description', () => {
    expect(givenNameSubject('A caller who identified himself only as Mr. Oduya, a retired pilot, said the airline had lied.')).toEqual({ name: 'Oduya', gender: 'm', description: 'A caller' });
    expect(givenNameSubject('The host, who identified the caller as Mr. Oduya, said the lines were busy.')).toBeNull();
  });
});

// Written for this test: "A young man who introduced himself only as Emil, a student ..., asked ..." then "he said".
describe('"who introduced himself only as NAME" names the one described, as "identified himself as" does', () => {
  it('`A young man who introduced himself only as NAME, a student at ..., asked ... "...," he said.`', () => {
    const paras = ['A young man who introduced himself only as Emil, a student at the harbour college, asked who would ride such a ferry. “Tourists? From where?” he said.'];
    expect(speakerOf(paras, 'Tourists? From where?')).toBe('Emil');
    expect(givenNameSubject('A caller who introduced herself as Greta, a nurse, said the line was down.')).toEqual({ name: 'Greta', gender: 'f', description: 'A caller' });
  });
});
