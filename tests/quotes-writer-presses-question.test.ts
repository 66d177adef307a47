import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented mayor and town): an interview written in the first person, the
// writer's follow-up question credited to "I" with a verb the reading does not hold as one of saying.
describe('\'"...?" I pressed.\' is the writer\'s question, not the one interviewed going on', () => {
  const opening = 'I asked the mayor of Carrowmore, Fidelma Ruane-Ashby, whether she would stand again.';

  it('"I pressed" after her answer: not hers', () => {
    const paras = [opening, '"Ask me after the harvest," she said.', '"And if the party insists?" I pressed.'];
    expect(speakerOf(paras, 'party insists')).toBeNull();
  });

  it('a verb of saying the reading knows, "I countered": not hers either', () => {
    const paras = [opening, '"Ask me after the harvest," she said.', '"And if the party insists?" I countered.'];
    expect(speakerOf(paras, 'party insists')).toBeNull();
  });

  it('"I nodded" after her words: they are still hers', () => {
    const paras = ['Fidelma Ruane-Ashby is the mayor of Carrowmore.', '"Ask me after the harvest," Ruane-Ashby said. "I will know by then." I nodded.'];
    expect(speakerOf(paras, 'know by then')).toBe('Fidelma Ruane-Ashby');
  });
});
