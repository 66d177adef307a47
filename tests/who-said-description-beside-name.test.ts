import { describe, it, expect } from 'vitest';
import { describedBesideName } from '../src/quotes/description-beside-name.ts';
import { readAnswer } from '../eval/claims.ts';
import { doc } from './helpers/docs.ts';
import { whoSaidOver } from './helpers/quotes.ts';

// A show write-up written for these tests: people whose quotes show a role other than the description the text gives them beside their name.
const show = doc('show', '2024-11-08', [
  'The host, Mina Calloway, opened with the ferry strike. "The boats are parked and the fares are not," Calloway said.',
  'Her guest, the former diplomat Osric Palmgren, played along. "I sat through eleven years of talks. The coffee was the worst part," he said.',
  'His wife, Tilde Palmgren, a retired economist who taught in Valdmark, was less amused. "Strikes end when the money runs out," she said.',
]);
const ask = whoSaidOver(show);

describe('who-said: a description the text gives right beside the speaker\'s name', () => {
  it('"the former diplomat" is the guest the text calls "the former diplomat NAME"', () => {
    const a = ask('the former diplomat said the coffee was the worst part');
    expect(a.matches[0]).toMatchObject({ speaker: 'Osric Palmgren', speakerMatches: true });
    expect(readAnswer(a, { speaker: 'Palmgren' }).got).toBe('exact');
  });

  it('"the retired economist" is the wife the text sets off as "NAME, a retired economist"', () => {
    const a = ask('the retired economist said strikes end when the money runs out');
    expect(a.matches[0]).toMatchObject({ speaker: 'Tilde Palmgren', speakerMatches: true });
  });

  it('not another person\'s description: the economist did not say the diplomat\'s words', () => {
    const a = ask('the economist said the coffee was the worst part');
    expect(a.matches[0]).toMatchObject({ speaker: 'Osric Palmgren', speakerMatches: false });
    expect(readAnswer(a, { speaker: 'Palmgren' }).got).toBe('wrong-speaker');
  });
});

describe('describedBesideName', () => {
  const text = 'Her guest, the former diplomat Osric Palmgren, played along. His wife, Tilde Palmgren, a retired economist, laughed.';
  it('before the name after an article, or set off after it', () => {
    expect(describedBesideName(['former', 'diplomat'], 'Osric Palmgren', text)).toBe(true);
    expect(describedBesideName(['diplomat'], 'Osric Palmgren', text)).toBe(true);
    expect(describedBesideName(['economist'], 'Tilde Palmgren', text)).toBe(true);
  });
  it('not beside another name, not a one-word name, not words out of their order', () => {
    expect(describedBesideName(['economist'], 'Osric Palmgren', text)).toBe(false);
    expect(describedBesideName(['former', 'diplomat'], 'Palmgren', text)).toBe(false);
    expect(describedBesideName(['diplomat', 'former'], 'Osric Palmgren', text)).toBe(false);
  });
});
