import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: the text calls one person by the bare surname first; a namesake is then
// named in full as a paragraph's subject with a role set off without an article ("NAME, deputy chief of mission
// at ..., said"), quoted under a description, and the next paragraph credits "SURNAME added": the namesake the
// text is on, as when the role takes an article ("NAME, a diplomat, said").
describe('a namesake named as the subject with a role set off without an article, then "SURNAME added"', () => {
  const opening = ['Kim Jong-un met Vladimir Putin on Wednesday. Kim arrived by train.', '"We will talk about all the issues," Putin said.'];
  it('"NAME, deputy chief of mission at ..., said .... "...," the envoy said." ¶ "...," SURNAME added.', () => {
    expect(speakerOf([...opening, 'Kim Soo-hyun, deputy chief of mission at the South Korean Embassy in Veldon, said Seoul was watching. "Any cooperation will be met with a response," the envoy said.', '"We are in close contact with our partners," Kim added.'], 'close contact')).toBe('Kim Soo-hyun');
  });
  it('the same with given name first', () => {
    const paras = ['Ana Roe, the mayor of Tarnby, opened the fair. Roe cut the ribbon.', '"It is a fine day," Roe said.', 'Piet Roe, head of security at the Tarnby fairground, said the crowd was calm. "Nobody was hurt," the officer said.', '"We will stay until dark," Roe added.'];
    expect(speakerOf(paras, 'stay until dark')).toBe('Piet Roe');
  });
  it('a namesake named only as an object keeps the bare surname for the first', () => {
    const paras = [...opening, 'Officials met Kim Soo-hyun, deputy chief of mission at the South Korean Embassy in Veldon, on Monday. "Any cooperation will be met with a response," an official said.', '"We are in close contact with our partners," Kim added.'];
    expect(speakerOf(paras, 'close contact')).not.toBe('Kim Soo-hyun');
  });
});
