import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

function speakerOf(paragraphs: string[], words: string): string | null {
  const q = extractQuotes(passagesOf(doc('t', '2024-05-02', paragraphs))).quotes.find((x) => x.quote.includes(words));
  return q?.speaker ?? null;
}

const panel = (turn: string): string[] => [
  'The panel was chaired by Greta Holm, with Dr. Ines Varga and Tobias Rieck of the Nordmark Forum.',
  'HOLM: Welcome. Ines, what did the visit achieve?',
  'VARGA: Photographs, mostly. And a promise or two.',
  'RIECK: I would say less than that. Nobody signed anything.',
  turn,
];

it("does not give a 'he said' in the chair's turn to the panellist who spoke last, when the turn talks of someone it names by a bare surname", () => {
  const turn = 'HOLM: Let me read something Okafor said, because it matters. In the agency\'s translation he said the border was "a door, not a wall." Ines, is that new?';
  const who = speakerOf(panel(turn), 'a door, not a wall');
  expect(who).not.toBe('Tobias Rieck');
});

it("still gives it to that panellist when the turn names him before the pronoun", () => {
  const turn2 = 'HOLM: I want to come back to Tobias. Last week he said the border was "a door, not a wall." Ines, do you agree?';
  expect(speakerOf(panel(turn2), 'a door, not a wall')).toBe('Tobias Rieck');
});
