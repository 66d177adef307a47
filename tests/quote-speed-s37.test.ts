// The session-37 speed savings of the quote build answer as the code before them: maskQuotes' one shared buffer
// (a short paragraph after a long one keeps no marks of it), bareUsesIn's first-letter gate (a surname opening
// on a letter outside A to Z is still found), addRole's skipping of a role already listed (its words and heads
// stay, a new role still brings its own).
// (Invented sentences; the whole build is checked by `bench/quote-digest.ts` on the bench and bundled corpora.)
import { describe, expect, it } from 'vitest';
import { findQuoteSpans, maskQuotes } from '../src/quotes/attribution.ts';
import { bareUsesIn } from '../src/quotes/established-surname.ts';
import { addRole, type LocalSpeaker } from '../src/quotes/local-speaker.ts';

const speaker = (): LocalSpeaker => ({ key: 1, doc: 'd', kind: 'person', names: ['Ilse Vargo'], roles: [], mentionRoles: [], heads: new Set(), words: new Set(), gender: null, plural: false, mentionOnly: false });

describe('quote build speed savings (session 37)', () => {
  it('masks each paragraph alone, whatever was masked before it', () => {
    const long = `"${'The ferries will run all winter and the harbour stays open '.repeat(40)}," said Ilse Vargo.`;
    const masked = maskQuotes(long, findQuoteSpans(long));
    expect(masked.length).toBe(long.length);
    expect(masked).not.toContain('ferries');
    const short = 'Ilse Vargo said "the pier holds" on Monday.';
    const again = maskQuotes(short, findQuoteSpans(short));
    expect(again.length).toBe(short.length);
    expect(again.startsWith('Ilse Vargo said "')).toBe(true);
    expect(again).not.toContain('pier');
    expect(again.endsWith('" on Monday.')).toBe(true);
    // A paragraph with no quote comes back as it was.
    expect(maskQuotes('Vargo waved.', [])).toBe('Vargo waved.');
  });

  it('finds a bare surname whatever letter it opens on, and no other capitalised word', () => {
    expect(bareUsesIn('later Vargo waved at the Mayor.', 'vargo')).toEqual([6]);
    expect(bareUsesIn('then Østby laughed.', 'østby')).toEqual([5]);
    expect(bareUsesIn('then Élodie Varga laughed, and Varga left.', 'varga')).toEqual([31]);
    expect(bareUsesIn('then Élodie laughed.', 'élodie')).toEqual([]);
    expect(bareUsesIn('then Élodie laughed.', 'elodie')).toEqual([5]);
    expect(bareUsesIn('"Vargo is wrong," Mr Vargo said.', 'vargo')).toEqual([]);
  });

  it('adds a role given again without losing its words, and a new role with its own', () => {
    const s = speaker();
    addRole(s, 'harbour master');
    addRole(s, 'harbour master');
    expect(s.roles).toEqual(['harbour master']);
    expect([...s.words]).toEqual(expect.arrayContaining(['harbour', 'master']));
    addRole(s, 'ferry captain');
    expect(s.roles).toEqual(['harbour master', 'ferry captain']);
    expect([...s.words]).toEqual(expect.arrayContaining(['harbour', 'master', 'ferry', 'captain']));
    expect(s.heads.has('captain')).toBe(true);
  });
});
