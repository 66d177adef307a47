import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a rarer verb in the past tense, which the tagger takes for an adjective,
// stands between the speaker's name and its object, and a participle of speech after it carries the quote.
describe('a rare past-tense verb between a name and its object is a verb', () => {
  it('`Roe belittled the issue, calling it a "..."`', () => {
    const paras = ['Senator Rolf Ingram spoke in Dover on Friday.', 'Ingram belittled the issue of the missing ledgers, calling it a “clerical slip” that the papers had inflated.'];
    expect(speakerOf(paras, 'clerical slip')).toBe('Rolf Ingram');
  });
  it('`Roe needled the reporter, saying, "..."`', () => {
    const paras = ['Mayor Dana Whitlock took questions at the harbor.', 'Whitlock needled the Gazette reporter, saying, “You have not read the bill at all, have you?”'];
    expect(speakerOf(paras, 'not read the bill')).toBe('Dana Whitlock');
  });
  it('a reporting verb so read keeps its meaning: `The Kestrel Council branded the plan "..."`', () => {
    const paras = ['The ferry operator announced on Monday that it would close the island route.', 'The Kestrel Council branded the decision “a betrayal of the islanders”.'];
    expect(speakerOf(paras, 'a betrayal of the islanders')).toBe('the Kestrel Council');
  });
});
