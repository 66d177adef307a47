import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests, with invented names.
describe('a rarer past tense between a subject and the colon opening a quote', () => {
  it('"He fumed: "..."" is his, though the tagger reads "fumed" as an adjective', () => {
    const paras = ['Senator Oliver Marsh, a member of the harbour committee, called the plan "a disgrace".', 'He fumed: "Every barge they send upriver will be turned back at the lock."'];
    expect(speakerOf(paras, 'Every barge they send')).toBe('Oliver Marsh');
  });
  it('a name before such a verb and a colon', () => {
    const paras = ['Marsh fumed: "Every barge Tomas sends upriver will be turned back."'];
    expect(speakerOf(paras, 'Every barge Tomas sends')).toBe('Marsh');
  });
});

describe('a description opening the sentence, its place or body last, then the full name set off by commas', () => {
  it('"A former engineer who worked with colleagues on the Harbour Project, NAME, said ... "..."" is the name\'s', () => {
    const paras = ['A former lock engineer who worked with Dutch colleagues on the Northern Canal Project, Samuel Adeyemi, said the new quay was "a monument more than a tool".'];
    expect(speakerOf(paras, 'a monument more than a tool')).toBe('Samuel Adeyemi');
  });
  it('not a name after a preposition inside a clause the subject opens ("Tom Vos met ... in Kessel, Anna Brandt, ...")', () => {
    const paras = ['Tom Vos, who worked with the mayor in Kessel, Anna Brandt, said the quay was "a monument more than a tool".'];
    expect(speakerOf(paras, 'a monument more than a tool')).not.toBe('Anna Brandt');
  });
});

describe('an age before a name set off after a description', () => {
  it('"One dock worker, 34-year-old NAME, said ... "..."" is the name\'s', () => {
    const paras = ['One dock worker, 34-year-old Nora Lind, said the port had "always been the same story".'];
    expect(speakerOf(paras, 'always been the same story')).toBe('Nora Lind');
  });
});
