import { describe, expect, it } from 'vitest';
import { roleBeforeName } from '../src/quotes/role-before-name.ts';
import { speakerOf } from './helpers/quotes.ts';

// Sentences, people and places invented for these tests: a role owned by a common noun's possessive set off
// before a full name ("The town's historian, NAME,") is that person's role, so a later "the historian" is them.

describe('"The town\'s historian, NAME," gives NAME the role', () => {
  it('reads the role with its owner', () => {
    const text = 'The harbour town’s archivist, Olek Varga, has a longer view.';
    expect(roleBeforeName(text, text.indexOf('Olek'), text.indexOf(', has'))).toBe('The harbour town’s archivist');
  });

  it('ties "the historian" in the next paragraph to the one so named', () => {
    const text = [
      'Ada Brenn runs the inn on the square. "We are full every night," she said.',
      "The town's historian, Olek Varga, has a longer view. The 54-year-old has written two books about the port, and he keeps a drawer of old letters.",
      '"This is not the first time strangers have come here," the historian said, pulling out a folder.',
    ];
    expect(speakerOf(text, 'not the first time')).toBe('Olek Varga');
  });

  it('leaves a word of kin to the kin readings', () => {
    const text = 'The ferryman’s daughter, Lina Vell, waved.';
    expect(roleBeforeName(text, text.indexOf('Lina'), text.indexOf(', waved'))).toBeNull();
  });
});
