import { describe, expect, it } from 'vitest';
import { doc } from './helpers/docs.ts';
import { whoSaidOver } from './helpers/quotes.ts';

// An article written for these tests: one person's fragment in a reporter's clause that names the other.
const quay = doc('two-ports', '2024-06-01', [
  'Mara Lind, the harbour master, told Jonas Berg that the two ports would "always share the channel" in winter.',
  '"We will reopen the north quay in May," Berg said.',
]);
const docs = [quay];
const ask = whoSaidOver(...docs);

describe('who-said: a claim held only across quotation marks, given to someone other than the fragment\'s speaker', () => {
  it('names whose words they are, the claimed speaker not matching', () => {
    const a = ask('did berg say the two ports would always share the channel');
    expect(a.matches[0]).toMatchObject({ speaker: 'Mara Lind', verdict: 'close', speakerMatches: false });
  });

  it('the fragment\'s own speaker named: close, theirs', () => {
    const a = ask('lind said the two ports would always share the channel');
    expect(a.matches[0]).toMatchObject({ speaker: 'Mara Lind', verdict: 'close', speakerMatches: true });
  });

  it('a word of the fragment changed: never confirmed for anyone', () => {
    const a = ask('did berg say the two ports would never share the channel');
    expect(a.matches.every((m) => m.verdict === 'different')).toBe(true);
  });
});
