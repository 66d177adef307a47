import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people): a relative clause of nothing but "asks"/"asked" closing on
// the quote's colon speaks for its antecedent, as "who said:" does; a place the antecedent is in or from, after
// the name, is no part of it.
describe('"NAME, who asks: "...""', () => {
  it('"who asked:"', () => {
    expect(speakerOf(['The chair turned to Ana Lind, who asked: "Why now, and why here?"'], 'why here')).toBe('Ana Lind');
  });
  it('a listener named in full, then where he writes from', () => {
    expect(speakerOf(['This week we had a voicemail from a listener, Ned Halloran in Cork, who asks: "Who pays for the new quay?"'], 'new quay')).toBe('Ned Halloran');
    expect(speakerOf(['We heard from a listener, Ned Halloran from Cork, who said: "Who pays for the new quay?"'], 'new quay')).toBe('Ned Halloran');
  });
  it('never the place', () => {
    expect(speakerOf(['We heard from a listener in Cork, who asks: "Who pays for the new quay?"'], 'new quay')).not.toBe('Cork');
  });
});
