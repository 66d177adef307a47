import { describe, expect, it } from 'vitest';
import { parseSubjectPhrase } from '../src/quotes/speaker-phrases.ts';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

// Phrases written for these tests: a role ending in "for" or "to" right before a name serves that person; the
// phrase describes whoever serves, and the name is never read as "for Varga".
describe('a role ending in "for" or "to" before a name describes the one who serves', () => {
  it('reads "Attorneys for Varga" as a description of attorneys, not a person "for Varga"', () => {
    const parsed = parseSubjectPhrase('Attorneys for Varga');
    expect(parsed).toMatchObject({ type: 'description', head: 'attorney', plural: true });
  });
  it('reads "Attorneys for Elena Varga" as the attorneys, not Elena Varga', () => {
    expect(parseSubjectPhrase('Attorneys for Elena Varga')).toMatchObject({ type: 'description', plural: true });
  });
  it('keeps a titled name whose title holds a body ("Ambassador to the Harbour League Jonas Brandt")', () => {
    expect(parseSubjectPhrase('Ambassador to the Harbour League Jonas Brandt')).toMatchObject({ type: 'name', name: 'Jonas Brandt' });
  });
});

describe('a name after "for", "of" or "against" in the subject is not the one who speaks', () => {
  it('does not give the words of "Lawyers for Varga" or "Attorneys for Varga" to Varga', () => {
    const intro = "The harbour inquiry into Elena Varga's contracts went on on Monday.";
    const a = speakers([intro, 'Lawyers for Varga said, "The account was private."']);
    const b = speakers([intro, 'Lawyers for Varga seemed to resist the move, saying in court papers that the account "was never public."']);
    expect(a.get('The account was private')).not.toBe('Elena Varga');
    expect(b.get('was never public')).not.toBe('Elena Varga');
    expect(b.get('was never public')).not.toBe('for Varga');
  });
});
