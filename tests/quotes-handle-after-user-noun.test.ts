import { expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Session 56 (w5): a "u/" handle set off after a noun for a user that opens the sentence ("A user called u/NAME
// posted ...", "Another commenter, u/NAME, ...") is the sentence's subject, at hand for a later "he" or "she" —
// unless the sentence names someone else after it.

it('keeps the user brought in by a noun at hand for the pronoun after', () => {
  expect(speakersByQuote(['A user called u/quill_notes posted a map of the harbour. She said the pier was "older than the town".']).get('older than the town')).toBe('quill_notes');
  expect(speakersByQuote(['Another commenter, u/tarn_fen, was blunter. He called the plan "a museum piece".']).get('a museum piece')).toBe('tarn_fen');
});

it('leaves the pronoun when the sentence names someone else after the handle', () => {
  expect(speakersByQuote(['A user called u/quill_notes posted a clip of the mayor, Maria Lindqvist, at the pier. She said the pier was "older than the town".']).get('older than the town')).not.toBe('quill_notes');
});
