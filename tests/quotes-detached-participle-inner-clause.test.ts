import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests (invented people, places and bodies): a detached participle (", calling the
// delay "..."") after a reporting verb inside a "that" clause of an earlier one may share either subject, the outer
// teller's or the inner clause's; the inner subject, which stands nearer, is no safe speaker.
describe('a detached participle after a reporting verb of an inner "that" clause', () => {
  it('leaves the quote to no one rather than to the inner subject', () => {
    const got = speakersByQuote([
      'Harbour board spokeswoman Ilsa Varendt spoke to reporters on Monday.',
      'Varendt said the board had seen no sign that the Marnish navy had told its crews about the closure in advance, calling the delay "typical of the admiralty."',
    ]);
    expect(got.get('typical of the admiralty')).toBeNull();
  });

  it('the same with auxiliaries and an adverb before the inner verb', () => {
    const got = speakersByQuote([
      'Tolven Quist, the mayor of Darrow, met the press.',
      'Quist said the council had learned that the river authority had already warned the farmers, calling the warning "far too late."',
    ]);
    expect(got.get('far too late')).toBeNull();
  });

  it('a participle after the outer verb alone is its subject\'s', () => {
    const got = speakersByQuote([
      'Harbour board spokeswoman Ilsa Varendt spoke to reporters on Monday.',
      'Varendt told reporters the port would stay closed, calling the closure "a matter of safety."',
    ]);
    expect(got.get('a matter of safety')).toBe('Ilsa Varendt');
  });

});
