import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { surnameAndGivenName } from '../src/quotes/label-given-name.ts';

// Passages written for these tests: two people whose names mirror each other, then labels of one word.
describe("a bare name that is one person's surname and another's given name is given to no one", () => {
  it('"Thomas:" after "Grace Thomas" and "Thomas Grace" is neither', () => {
    const paras = ['Irene Paul, a critic, talked to the painter Paul Irene about his last show.', 'Irene: "Was it your best?"', 'Paul: "It was my last."'];
    expect(speakerOf(paras, 'It was my last')).toBeNull();
    expect(speakerOf(paras, 'Was it your best')).toBeNull();
  });
  it('a label of a first name that is no one else\'s surname is still its bearer\'s', () => {
    const paras = ['Irene Castell, a critic, talked to the painter Olav Brekke about his last show.', 'Irene: "Was it your best?"', 'Olav: "It was my last."'];
    expect(speakerOf(paras, 'It was my last')).toBe('Olav Brekke');
  });
  it('a surname shared with a name written family name first is no given name ("Kim Jong Un" beside "Helen Kim")', () => {
    expect(surnameAndGivenName('Kim', [['Helen', 'Kim'], ['Kim', 'Jong', 'Un']], () => true, (n) => n === 'Kim Jong Un')).toBe(false);
  });
  it('in prose, a bare surname is still its bearer\'s ("Paul said." after "Irene Paul" and "Paul Irene")', () => {
    const paras = ['Irene Paul, a critic, talked to the painter Paul Irene about his last show.', '"It was his best," Paul said.'];
    expect(speakerOf(paras, 'It was his best')).toBe('Irene Paul');
  });
  it('a label named inside the turn before ("Ask Joe about it") is still its bearer\'s', () => {
    const paras = ['Hanna Birk and Joe Lyall, the founders of the bakery, were interviewed together.', 'Hanna: "Ask Joe about the money."', 'Joe: "I know nothing about the money."'];
    expect(speakerOf(paras, 'I know nothing about the money')).toBe('Joe Lyall');
  });
  it('reads the names', () => {
    const known = (w: string): boolean => ['Paul', 'Irene', 'Olav', 'Joe'].includes(w);
    expect(surnameAndGivenName('Paul', [['Irene', 'Paul'], ['Paul', 'Irene']], known, () => false)).toBe(true);
    expect(surnameAndGivenName('Paul', [['Irene', 'Paul']], known, () => false)).toBe(false);
    expect(surnameAndGivenName('Joe', [['Ask', 'Joe'], ['Joe', 'Lyall']], known, () => false)).toBe(false);
    expect(surnameAndGivenName('Brekke', [['Olav', 'Brekke'], ['Brekke', 'Lund']], known, () => false)).toBe(false);
  });
});
