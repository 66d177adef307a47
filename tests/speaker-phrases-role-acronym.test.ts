import { expect, it } from 'vitest';
import { parseSpeakerPhrase } from '../src/quotes/speaker-phrases.ts';

// Phrases written for these tests: "the", words, then a role written in capitals.
it('"the PLACE MP" and "the veteran MP" describe one person, not an organisation nor a person named "MP"', () => {
  for (const p of ['the Kellin Vale MP', 'the Dunmarsh MEP', 'the veteran MP']) {
    expect(parseSpeakerPhrase(p), p).toMatchObject({ type: 'description', text: p, head: p.split(' ').pop()!.toLowerCase(), definite: true });
  }
});

it('an organisation or a name not ending in such a role is read as before', () => {
  expect(parseSpeakerPhrase('the Kellin Vale Gazette')).toMatchObject({ type: 'name', kind: 'organisation' });
  expect(parseSpeakerPhrase('the MP')).toMatchObject({ type: 'description', head: 'mp' });
});
