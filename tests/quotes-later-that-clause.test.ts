import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a quote in a second "that" clause with no verb of saying hangs on the main
// reporting verb, like the first clause; the first clause's subject is no speaker of it.
describe('a quote in a later joined "that" clause', () => {
  it('`BODY said ... that the minister had spoken with ... and that the two had agreed to "..."` is the body\'s', () => {
    const paras = ['The Trade Office said in a statement on Friday that the minister had spoken with her Pellan counterpart and that the two had agreed to "stay in close touch."'];
    expect(speakerOf(paras, 'stay in close touch')).toBe('the Trade Office');
  });
  it('a verb of saying in the later clause keeps the quote off the body', () => {
    const paras = ['The Trade Office said on Friday that the minister had met the dockers and that she had called the offer "an insult."'];
    expect(speakerOf(paras, 'an insult')).not.toBe('the Trade Office');
  });
});

describe('a named subject in the first "that" clause', () => {
  it('`BODY said that Minister NAME had spoken with ... and that the two had agreed to "..."` is the body\'s', () => {
    const paras = ['The Trade Office said on Friday that Minister Ana Lind had spoken with her Pellan counterpart and that the two had agreed to "stay in close touch."'];
    expect(speakerOf(paras, 'stay in close touch')).toBe('the Trade Office');
  });
  it('a verb of saying in the later clause keeps it the named one\'s', () => {
    const paras = ['The Trade Office said on Friday that Minister Ana Lind had met the dockers and that she had called the offer "an insult."'];
    expect(speakerOf(paras, 'an insult')).toBe('Ana Lind');
  });
});
