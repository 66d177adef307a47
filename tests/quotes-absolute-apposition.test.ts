import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { absoluteSubject } from '../src/quotes/absolute-clause.ts';

// Passages written for these tests: an absolute clause whose subject is a role and a name set off by commas.
describe('an absolute clause with a name set off speaks for itself, not for the sentence\'s subject', () => {
  it('`BODY has condemned X, with the Foreign Minister, NAME, describing it as "..."` is NAME\'s', () => {
    const paras = ['The Norlandic government has condemned the summit, with the Foreign Minister, Ilse Varn, describing it as "a bazaar in a spaceport".'];
    expect(speakerOf(paras, 'a bazaar in a spaceport')).toBe('Ilse Varn');
  });
  it('the name first, then the role: `with NAME, the foreign minister, calling it "..."`', () => {
    const paras = ['The government has condemned the summit, with Ilse Varn, the foreign minister, calling it "a bazaar in a spaceport".'];
    expect(speakerOf(paras, 'a bazaar in a spaceport')).toBe('Ilse Varn');
  });
  it('reads the pieces', () => {
    expect(absoluteSubject('BODY condemned it, with the Foreign Minister, Ilse Varn, describing it as ')).toBe('Ilse Varn');
    expect(absoluteSubject('BODY condemned it, with the host calling it ')).toBe('the host');
    expect(absoluteSubject('BODY condemned it, with Ilse Varn, a minister, and her deputy calling it ')).toBeNull();
  });
});
