import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { innerSpeaker } from '../src/quotes/inner-speaker.ts';

// Passages written for these tests: a reporter whose verb reports a clause with a speaker of its own and a verb of
// speech right before the quote ("X told police the robber had said: "..."", "X said her foreman shouted "...""):
// the inner speaker's words (or nobody's told), never the reporter's.
describe('a speaker inside the clause another reports', () => {
  it('`X told police the robber had said: "..."` is not X\'s', () => {
    const paras = ['Cashier Bodil Ek told police the robber had said: “Nobody moves, nobody cries.”'];
    expect(speakerOf(paras, 'Nobody moves')).not.toBe('Bodil Ek');
  });
  it('`X said her foreman shouted "..." at the crew` is not X\'s', () => {
    const paras = ['Docker Wenna Tulloch said her foreman shouted “lift or leave” at the crew.'];
    expect(speakerOf(paras, 'lift or leave')).not.toBe('Wenna Tulloch');
  });
  it('`X, who ..., said its author, Y, had told her: "..."` is Y\'s', () => {
    const paras = ['Editor Sylva Marr, who cut the book by a third, said its author, Tomas Greve, had told her: “Leave the sea in.”'];
    expect(speakerOf(paras, 'Leave the sea in')).toBe('Tomas Greve');
  });
  it('keeps the subject when the reported clause has no speaker: `X was told by Y that the ferry was gone and said: "..."`', () => {
    const paras = ['Mara Olsen was told by Piet Lund that the ferry was gone and said: “Then we swim.”'];
    expect(speakerOf(paras, 'Then we swim')).toBe('Mara Olsen');
  });
  it('reads the inner subject, and no pronoun as one', () => {
    expect(innerSpeaker('Bodil Ek told police the robber had said: ')?.phrase).toBe('the robber');
    expect(innerSpeaker('Marr said its author, Tomas Greve, had told her: ')?.phrase).toBe('Tomas Greve');
    expect(innerSpeaker('Bodil Ek said: ')).toBeNull();
    expect(innerSpeaker('Olsen was told by Lund that the ferry was gone and said: ')).toBeNull();
  });
});
