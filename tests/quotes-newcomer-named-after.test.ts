import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-03-05');

// A feature opens a paragraph on a newcomer's words and names her in the next sentence: the words are not the
// speaker's of the paragraph before.
it('does not carry the paragraph before over a lone quote whose next sentence names a newcomer telling it', () => {
  const got = speakers([
    '“Music was the one thing nobody could take from us,” says Oskar Brenn, a retired conductor.',
    '“As a girl I was told the sea was our enemy, and that enemies are patient.” Lina Vogt smiles as she says it, a towel over her shoulder.',
    '“I laughed when I heard the news, and not because it was funny.” Piet Adler, 52, a former ferry pilot, says the storm closed the quay for a week. “Now everyone wants to see it,” he says.',
  ]);
  expect(got.get('As a girl')).not.toBe('Oskar Brenn');
  expect(got.get('I laughed')).toBe('Piet Adler');
});

it('still carries the paragraph before over a lone quote when the next sentence names the same speaker', () => {
  const got = speakers([
    '“The river rose faster than anyone expected,” says Oskar Brenn, a retired ferryman.',
    '“We lost the lower road in an hour.” Brenn says the village has asked for a new wall.',
  ]);
  expect(got.get('We lost the lower road')).toBe('Oskar Brenn');
});
