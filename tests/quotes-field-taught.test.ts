import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// A capitalised word right after "of" or "in" in a role ("a professor of Russian", "a lecturer in Greek") is the
// field taught, not what the holder is: "the Russian" later is not the professor.

it('gives a professor of Russian no quote credited to "the Russian"', () => {
  const paragraphs = ['Elin Sarrow, a professor of Russian at the University of Tellby, chaired the evening. Among the guests was Pavel Orn, a diplomat.', '"Nobody in the capital reads these reports," the Russian said.'];
  expect(speakerOf(paragraphs, 'Nobody in the capital')).not.toBe('Elin Sarrow');
});

it('still ties "the professor" to her', () => {
  const paragraphs = ['Elin Sarrow, a professor of Russian at the University of Tellby, chaired the evening. Among the guests was Pavel Orn, a diplomat.', '"Nobody in the capital reads these reports," the professor said.'];
  expect(speakerOf(paragraphs, 'Nobody in the capital')).toBe('Elin Sarrow');
});
