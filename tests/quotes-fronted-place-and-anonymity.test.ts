import { expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';
import { sourceByClause } from '../src/quotes/speech-manner.ts';

/** Each quote's opening words and the speaker credited with it. */
const speakers = (paras: string[]): Map<string, string | null> => speakersByOpening(paras, 'a', '2024-03-01');

it('reads one who "spoke on condition of anonymity" as a source, at the head of the sentence too', () => {
  expect(sourceByClause('A junior clerk at the port, who spoke on condition of anonymity because he was not cleared to talk, said the cranes stopped.')).toBe('A junior clerk at the port');
  expect(sourceByClause('We met a pilot, who spoke anonymously, at the quay.')).toBe('a pilot');
  expect(sourceByClause('A junior clerk at the port, who spoke about the cranes, said little.')).toBeNull();
  const got = speakers([
    'The harbour master, Anselm Brook, opened the gates at dawn. "The ships are late," Brook said.',
    'A junior clerk at the port, who spoke on condition of anonymity because he was not cleared to talk to the press, said staff had been sent home. "We read about it online like everyone," he said.',
  ]);
  expect(got.get('We read about')).toBe('a junior clerk at the port');
});

it('reads the subject after a fronted phrase of place opening with "Back" or "Across"', () => {
  const got = speakers([
    'At the quay, a retired pilot, Anselm Brook, watched the tugs. "In my day we had six of these," Brook said.',
    'A young deckhand, who spoke on condition of anonymity, said the night shift was cancelled. "Nobody told us," he said.',
    'Back at the quay, Brook had the last word. "Write that the pilots did the work," he said.',
  ]);
  expect(got.get('Write that the')).toBe('Anselm Brook');
  // The deckhand, a noun the lexicon of roles lacks, is no speaker the reading can name; but he stands between,
  // so "he" is not the pilot two sentences back.
  expect(got.get('Nobody told us')).not.toBe('Anselm Brook');
});

it('does not carry "he" over a sentence whose subject is a person only described', () => {
  const got = speakers([
    'The harbour master, Anselm Brook, opened the gates at dawn. "The tide is with us," Brook said.',
    'Brook\'s deputy, Olav Lind, disagreed. "It makes every difference," Lind said.',
    'Lind walked off. The boatswain of the Marta, a stocky man in oilskins, laughed at the scene. "Every year the same talk," he said.',
    'Brook greeted the mayor. The mayor\'s chauffeur, who had driven her down from the city, waited by the car. "We will be late again," he said.',
  ]);
  expect(got.get('Every year the')).not.toBe('Olav Lind');
  expect(got.get('We will be')).not.toBe('Anselm Brook');
});
