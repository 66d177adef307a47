import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names): a sentence opening with another's relation and a full name
// ("Her colleague Tom Olde is ...", "His deputy Ana Ruiz was ..."), perhaps with an aside between dashes after the
// name, has that name as its subject, for the "he said" or "she said" after it.
describe('"Her colleague NAME" as a sentence subject', () => {
  it('a possessive relation before a full name', () => {
    const paras = ['Greta Holm, who runs the ferry office, was upbeat. Her colleague Tom Olde is less hopeful. "The fares will rise again," he said.'];
    expect(speakerOf(paras, 'The fares will rise again')).toBe('Tom Olde');
  });
  it('"His deputy NAME was blunter."', () => {
    const paras = ['Mayor Ben Carver opened the meeting. His deputy Ana Ruiz was blunter. "We lost the vote," she said.'];
    expect(speakerOf(paras, 'We lost the vote')).toBe('Ana Ruiz');
  });
  it('an aside between dashes after the name', () => {
    const paras = ['Greta Holm, who runs the ferry office, was upbeat.', 'Her colleague Tom Vane — the two are cousins — is less hopeful. "Ferries do not run on hope," he told me.'];
    expect(speakerOf(paras, 'Ferries do not run on hope')).toBe('Tom Vane');
  });
});
