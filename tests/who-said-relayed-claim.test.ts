import { describe, it, expect } from 'vitest';
import { relaysClaimedSpeaker } from '../src/quotes/relayed-claim.ts';
import { readAnswer } from '../eval/claims.ts';
import { doc } from './helpers/docs.ts';
import { whoSaidOver } from './helpers/quotes.ts';

// A panel transcript written for these tests: a panellist's turn relays what a minister said, his words partly quoted.
const panel = doc('panel', '2024-10-02', [
  'The following is an edited transcript of a panel held at the Quayside Forum. The panel was moderated by Ilse Marwick, with Tomas Brannagh and Odile Fenwick of the Northern Policy Centre.',
  'MARWICK: Welcome. Odile, what struck you?',
  'FENWICK: Castellan said on Monday that Dorsia would open talks with its neighbour "on every front." Every front. The markets noticed that phrase.',
  'BRANNAGH: I would not read much into it.',
]);
const ask = whoSaidOver(panel);

describe('who-said: a turn relaying the claimed speaker is not the panellist\'s claim', () => {
  it('a claim of the relayed minister is shown as his fragment, not as the panellist\'s words', () => {
    const a = ask('did castellan say dorsia would open talks with its neighbour on every front');
    expect(a.matches.some((m) => m.speaker === 'Odile Fenwick')).toBe(false);
    expect(a.matches[0]).toMatchObject({ speaker: 'Castellan', speakerMatches: true, quote: 'on every front.' });
    expect(readAnswer(a, { speaker: 'Castellan' }).got).toBe('close');
  });

  it('the panellist is still the one who said the minister said so', () => {
    const a = ask('did fenwick say castellan said dorsia would open talks with its neighbour');
    expect(a.matches[0]).toMatchObject({ speaker: 'Odile Fenwick', speakerMatches: true });
  });
});

describe('relaysClaimedSpeaker', () => {
  const turn = 'Castellan said on Monday that Dorsia would open talks with its neighbour';
  it('the typed name and a verb of saying, the claim\'s words after it', () => {
    expect(relaysClaimedSpeaker(turn, 'castellan', 'dorsia would open talks with its neighbour on every front')).toBe(true);
    expect(relaysClaimedSpeaker(turn, 'minister castellan', 'dorsia would open talks with its neighbour')).toBe(true);
  });
  it('not another name, a description typed, nor claim words before the verb', () => {
    expect(relaysClaimedSpeaker(turn, 'marwick', 'dorsia would open talks with its neighbour')).toBe(false);
    expect(relaysClaimedSpeaker(turn, 'the minister', 'dorsia would open talks with its neighbour')).toBe(false);
    expect(relaysClaimedSpeaker('Dorsia opens talks, Castellan said on Monday, and its neighbour waits', 'castellan', 'dorsia opens talks and its neighbour waits')).toBe(false);
    // (The speaker's own sentences after the one relayed are the speaker's: "Castellan says no one warned us." only.)
    expect(relaysClaimedSpeaker('Castellan says no one warned us. Everyone warned us. The harbour master knew a week before', 'castellan', 'the harbour master knew a week before')).toBe(false);
  });
});
