import { expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

// A bare surname goes to the full name of it named before; in a long paragraph a full name named further on in
// the same paragraph is not "before" (was: "Lorvik told reporters" given to the former president named at the
// paragraph's end).
it('does not give a bare surname to a namesake named later in the same paragraph', () => {
  const got = speakersByOpening([
    'Hanna Lorvik Reassures Members The Race Is Not Just About Her.',
    'OSLO — A visit by party nominee Hanna Lorvik to members of parliament on Wednesday carried a message of unity. Lorvik’s primary opponent, Sen. Jon Sand, has yet to bow out of the race. "We are going to win this election," Lorvik told reporters as she left the meeting. Members said she thinks the north is within reach. Speaker Ola Dahl told a tale of a boy who gazed at a portrait of former President Per Lorvik and asked who he was.',
  ]);
  expect(got.get('We are going')).toBe('Hanna Lorvik');
});
