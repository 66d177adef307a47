import { describe, expect, it } from 'vitest';
import { doc } from './helpers/docs.ts';
import { whoSaidOver } from './helpers/quotes.ts';

// An article written for these tests: a fragment in a reporter's past-perfect clause, and another speaker.
const valley = doc('valley-dam', '2024-03-02', [
  'The Tarn Valley Herald later claimed the opening had begun "a bright era" for the district.',
  '"We have built the spillway twice," said Edda Morrow, the site engineer.',
  'Councillor Piet Van Hal said the dam was finished on time.',
]);
const docs = [valley];
const ask = whoSaidOver(...docs);

describe('who-said: a claim given to the wrong person, held by another speaker\'s fragment with its clause', () => {
  it('a little word of the clause dropped ("had"): names whose words they are, the claimed speaker not matching', () => {
    const a = ask('did morrow say the opening began a bright era');
    expect(a.matches[0]).toMatchObject({ speaker: 'the Tarn Valley Herald', speakerMatches: false });
    expect(a.matches[0]!.verdict).not.toBe('different');
  });

  it('a negation put in: shown as something different, never confirmed', () => {
    const a = ask('did morrow say the opening had not begun a bright era');
    expect(a.matches.length).toBeGreaterThan(0);
    expect(a.matches.every((m) => m.verdict === 'different')).toBe(true);
  });

  it('a word of the fragment changed: no clause holds it, nobody\'s', () => {
    expect(ask('did morrow say the opening began a dark era').matches).toEqual([]);
  });

  it('a claim whose content words no clause holds stays nobody\'s', () => {
    const a = ask('did morrow say the opening began a bright era of tourism');
    expect(a.matches).toEqual([]);
  });
});
