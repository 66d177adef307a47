import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

/** Each quote and the speaker credited with it, with the speaker's kind. */
function speakers(paras: string[]): Map<string, string | null> {
  const { quotes, speakers } = extractQuotes(passagesOf(doc('a', '2024-03-01', paras)));
  const kind = new Map(speakers.map((s) => [s.id, s.kind]));
  return new Map(quotes.map((q) => [q.quote.replace(/[.,]$/u, ''), q.speaker ? `${q.speaker} (${kind.get(q.speakerId!)})` : null]));
}

// (Since the merge with the reader of "a spokesperson for" a company named after it, the speaker may be shown as the
// spokesperson for the body: either way the body's voice, never a person named "Lindqvist Mutual".)
it('reads a name set off after "a spokesperson for a rival insurer," as the insurer, which speaks', () => {
  expect(speakers(['A spokesperson for a rival insurer, Lindqvist Mutual, said it was "monitoring the market" and declined to comment further.']).get('monitoring the market')).toMatch(/^(?:a spokesperson for )?Lindqvist Mutual \((?:organisation|unnamed)\)$/u);
  expect(speakers(['A spokesman for a rival firm, Ostmark Hale, said it was "not worried."']).get('not worried')).toBe('Ostmark Hale (organisation)');
});

it('credits the one described, not the body, when the role is no voice of the body', () => {
  expect(speakers(['A director of a rival bank, Ostmark Hale, said the rates were "too low."']).get('too low')).toMatch(/^a director of (?:a rival bank|Ostmark Hale) \(unnamed\)$/u);
});

it('keeps a name with a known first name, or one after the role, as the person', () => {
  const got = speakers([
    'A spokeswoman for the charity, Ana Lund, said she was "overwhelmed."',
    '"We are watching it closely," said Tom Rye, a spokesman for Lindqvist Mutual, a rival insurer, who declined to say more.',
    '"The queues are longer," said Ivo Marr, the head of the Northern division.',
  ]);
  expect(got.get('overwhelmed')).toBe('Ana Lund (person)');
  expect(got.get('We are watching it closely')).toBe('Tom Rye (person)');
  expect(got.get('The queues are longer')).toBe('Ivo Marr (person)');
});
