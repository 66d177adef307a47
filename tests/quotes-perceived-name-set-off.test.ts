import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names): one the writer (or a speaker) saw or heard saying something,
// with words set off after the name ("I saw Lind, asked about the budget, saying, "..."") says it, not the one
// who saw; so after "was" in "The first thing I saw was Lind, ...".
describe('the one seen saying it, with an aside set off', () => {
  it('"I saw NAME, asked about X, saying, "..."" is NAME\'s', () => {
    const paras = ['The square was full.', 'I saw Lind, asked about the budget, saying, "We will wait."'];
    expect(speakerOf(paras, 'We will wait')).toBe('Lind');
  });
  it('"The first thing I saw was NAME, asked about X, saying, "..."" inside a transcript turn', () => {
    const paras = ['SARA BERG: Five. Let us be precise. And the first thing I saw was Lind, asked about the budget, saying, "We will wait." And I thought, well, there is our title.', 'OLE DAHL: Me too.'];
    expect(speakerOf(paras, 'We will wait')).toBe('Lind');
  });
  it('not the one thanked or met, with an aside, before the participle: the subject says it', () => {
    expect(speakerOf(['The minister thanked Lind, who had come early, saying, "We owe you."'], 'We owe you')).toBe('the minister');
    expect(speakerOf(['The minister met Lind, fresh from the airport, saying, "We owe you."'], 'We owe you')).toBe('the minister');
  });
});
