import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented): a subject whose phrase after "with" counts with "a" before the
// number ("more than a million followers"); the one described speaks, not the followers.
describe('a described subject with a counted phrase after it', () => {
  it('"A blogger with more than a million followers wrote ..." is the blogger', () => {
    const who = speakerOf(['A fishing blogger with more than a million followers wrote that the ban was "long overdue".'], 'long overdue');
    expect(who).toMatch(/^a fishing blogger/u);
  });
  it('"A channel with nearly a thousand subscribers posted ..." is the channel', () => {
    const who = speakerOf(['A harbour news channel with nearly a thousand subscribers wrote that the ferry was "a floating wreck".'], 'a floating wreck');
    expect(who).toMatch(/^a harbour news channel/u);
  });
});
