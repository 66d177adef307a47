import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (probe parliamentary reports, session 35): a verb that brings someone to
// speak ("prompting the chair to warn him:") gives the words to its object, not to the clause's subject.
describe('a causative verb before the infinitive of speaking', () => {
  it('"X ..., prompting the Speaker to warn him:" is the Speaker\'s', () => {
    const paras = [
      'The Speaker, Hilda Marchbank, called the chamber to order. Osric Pell, the member for Dunmere, then rose.',
      'Mr Pell accused the chancellor of inventing figures, prompting the Speaker to warn him: "The member must choose his words with more care."',
    ];
    expect(speakerOf(paras, 'choose his words')).toBe('Hilda Marchbank');
  });
  it('a named object speaks: "leading Judge Jane Roe to remark:"', () => {
    const paras = ['Bram Olwen refused to answer the question, leading Judge Tamsin Quayle to remark: "Silence is also an answer, Mr Olwen."'];
    expect(speakerOf(paras, 'Silence is also')).toBe('Tamsin Quayle');
  });
  it('an object pronoun is credited to no one rather than to the subject', () => {
    const paras = ['Bram Olwen sat down abruptly, forcing her to reply: "Then we will vote without you."'];
    expect(speakerOf(paras, 'vote without you')).toBeNull();
  });
  it('an infinitive of purpose keeps the subject: "X walked to the box to say:"', () => {
    const paras = ['Bram Olwen walked slowly to the despatch box to say: "We will vote without them."'];
    expect(speakerOf(paras, 'vote without them')).toBe('Bram Olwen');
  });
});
