import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

/** Each quote's opening words and the speaker credited with it, with the speaker's kind. */
function speakers(paras: string[]): Map<string, string | null> {
  const { quotes, speakers: all } = extractQuotes(passagesOf(doc('p', '2025-05-01', paras)));
  const kind = new Map(all.map((s) => [s.id, s.kind]));
  return new Map(quotes.map((q) => [q.quote.split(/\s+/u).slice(0, 3).join(' '), q.speaker && `${q.speaker} (${kind.get(q.speakerId!)})`]));
}

it('credits forum users by their handles, as people, however they are introduced', () => {
  const got = speakers([
    'On the Tideway Anglers board, news of the new quota drew two hundred replies.',
    'User reel_mender wrote: "Thirty years I have fished this river and never seen a quota like it."',
    '"The quota is the only reason there are fish left," replied another user, saltwater_jo.',
    'reel_mender answered: "Then let them count the fish, not the fishermen."',
    'A user posting as Brill77 wrote that the consultation had been "a box-ticking exercise."',
  ]);
  expect(got.get('Thirty years I')).toBe('reel_mender (person)');
  expect(got.get('The quota is')).toBe('saltwater_jo (person)');
  expect(got.get('Then let them')).toBe('reel_mender (person)');
  expect(got.get('a box-ticking exercise.')).toBe('Brill77 (person)');
});

it('takes no ordinary subject for a handle', () => {
  const got = speakers(['The harbour master, Olof Brask, spoke after the vote.', 'The user manual said the cranes were "rated for forty tonnes."']);
  expect(got.get('rated for forty') ?? '').not.toMatch(/manual/u);
});
