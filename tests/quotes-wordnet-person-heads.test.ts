import { expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';
import { parseSpeakerPhrase, parseSubjectPhrase } from '../src/quotes/speaker-phrases.ts';
import { placeOrEventPredicate } from '../src/quotes/place-predicate.ts';

/** Each quote's opening words and the speaker credited with it. */
const speakers = (paras: string[]): Map<string, string | null> => speakersByOpening(paras, 'a', '2024-03-01');

const PILOT = 'At the quay, a retired pilot, Anselm Brook, watched the tugs come in. "In my day we had six of these," Brook said.';

it('reads a description whose head WordNet has as a kind of person, the lexicon of roles lacking it', () => {
  expect(parseSpeakerPhrase('A young deckhand')).toMatchObject({ type: 'description', head: 'deckhand', definite: false, kind: 'unnamed' });
  expect(parseSpeakerPhrase('a ferryman')).toMatchObject({ type: 'description', head: 'ferryman' });
  expect(parseSpeakerPhrase('The boatswain of the Marta')).toMatchObject({ type: 'description', head: 'boatswain', definite: true });
  expect(parseSubjectPhrase('a stonemason in Delft')).toMatchObject({ type: 'description', head: 'stonemason' });
  // Not bare after "the": an epithet for someone already named ("the Republican nominee") is left unread.
  expect(parseSpeakerPhrase('the veteran nominee')).toBeNull();
  // Not a noun that is first and also a thing or an abstraction ("a match", "a sweep").
  expect(parseSpeakerPhrase('a match')).toBeNull();
});

it('reads a lowercase title of such a noun before a full name as the role', () => {
  expect(parseSpeakerPhrase('harbour master Piet Oduya')).toEqual({ type: 'name', name: 'Piet Oduya', role: 'harbour master', kind: 'person' });
  expect(parseSpeakerPhrase('quay boatswain Tomas Veld')).toMatchObject({ type: 'name', name: 'Tomas Veld', role: 'quay boatswain' });
});

it('does not let "he said" skip a described speaker of such a noun back to a man named before', () => {
  const got = speakers([PILOT, '"The tide turned early," said a stevedore on the pier. "Nobody told us a thing," he said.']);
  expect(got.get('The tide turned')).toBe('a stevedore on the pier');
  expect(got.get('Nobody told us')).not.toBe('Anselm Brook');
  const her = speakers([
    'At the quay, a retired pilot, Greta Brook, watched the tugs come in. "In my day we had six of these," Brook said.',
    'A midwife, who asked not to be named, said the clinic had closed. "Nobody told us a thing," she said.',
  ]);
  expect(her.get('Nobody told us')).toBe('a midwife');
});

it('takes no place or event a copula names for the subject a later pronoun means', () => {
  expect(placeOrEventPredicate("wasn't just a national tragedy.".split(' '))).toBe(true);
  expect(placeOrEventPredicate('was a scene of chaos that night.'.split(' '))).toBe(true);
  expect(placeOrEventPredicate('was a fixture at the port for forty years.'.split(' '))).toBe(false);
  expect(placeOrEventPredicate('is a big deal in the town.'.split(' '))).toBe(false);
  const got = speakers([
    'Senator Tom Reyes spoke in Hartford on Monday. "We will act," Reyes said.',
    'Sandy Cove wasn\'t just a local tragedy. "It was a failure of every one of us," he added.',
  ]);
  expect(got.get('It was a')).not.toBe('Sandy Cove');
  const wells = speakers(['The port opened in 1901.', 'Tom Wells was a fixture at the port for forty years. "I loved every day of it," he said.']);
  expect(wells.get('I loved every')).toBe('Tom Wells');
});

it('does not carry "he" over a sentence opening on a described person tied to something else or acting on "him"', () => {
  const tied = speakers([PILOT, 'The cook of the Vega said the galley had flooded twice. "Nobody told us a thing," he said.']);
  expect(tied.get('Nobody told us')).not.toBe('Anselm Brook');
  const owned = speakers([PILOT, 'The Vega\'s stoker laughed at the idea. "Nobody told us a thing," he said.']);
  expect(owned.get('Nobody told us')).not.toBe('Anselm Brook');
  const him = speakers([PILOT, 'Brook walked off. The porter watched him go and shook his head. "Nobody told us a thing," he said.']);
  expect(him.get('Nobody told us')).not.toBe('Anselm Brook');
});

it('gives "he" no described one whose noun tells the other gender', () => {
  const got = speakers(['At the market she finds a seamstress, who agreed to talk about the flood. "The water came at night," he says.']);
  expect(got.get('The water came')).toBeNull();
});
