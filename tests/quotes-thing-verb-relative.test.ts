import { expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

it('reads past a verb of describing inside a relative clause before "were" to the verb that governs the quote', () => {
  const got = speakersByQuote([
    'Pavel Orlik, a harbour analyst, said the yard builds fewer hulls than it sells. "It is a plain gap," Orlik said. He added that the delays the welder described were "real but not fatal."',
  ]);
  expect(got.get('real but not fatal')).toBe('Pavel Orlik');
});

it('still gives a word named as someone\'s wording to that someone', () => {
  const got = speakersByQuote(['Nora Vale spoke to the crew on Monday. The word the foreman used was "fine," she said.']);
  expect(got.get('fine')).not.toMatch(/problems|word the/u);
});
