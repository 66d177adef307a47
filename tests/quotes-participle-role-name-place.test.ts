import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a participle's phrase put first, then "the", a role and a titled name with
// the place of the title after it ("Lord Harwick of Dene"): the name is the subject, and the role is his for a
// later "the minister".
describe('"Replying for the government, the ROLE Lord NAME of PLACE said ..." then "The minister replied"', () => {
  it('a later "the minister" is the lord, past a peer of no such role named between', () => {
    const paras = [
      'Peers questioned the government on Monday about the ferry contract.',
      'Replying for the government, the Transport Office minister Lord Harwick of Dene said officials were "looking closely" at the bids.',
      'The Green frontbencher Lord Ferrow asked whether the contract would be paused. The minister replied that he would "not comment on live tenders," a usual answer.',
    ];
    expect(speakerOf(paras, 'not comment on live tenders')).toBe('Lord Harwick');
  });

  it('a full name after the role', () => {
    const paras = [
      'Members met on Tuesday.',
      'Answering for the council, the harbour minister Tom Harwick of Dene said the quay was "in good order".',
      'The minister added that he would "report in the spring," a familiar line.',
    ];
    expect(speakerOf(paras, 'report in the spring')).toBe('Tom Harwick');
  });
});
