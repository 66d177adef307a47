import { expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

/** Each quote's opening words and the speaker credited with it. */
const speakers = (paras: string[]) => speakersByOpening(paras, 'p', '2025-05-01');

it('gives the described one, not the channel, in "a commentator on the channel NAME put it: ..."', () => {
  const got = speakers([
    'The ferry strike in Vessby entered its third week on Monday.',
    'And one commentator on the regional channel Nordvik-2 put it more bluntly: "The strike is a gift to the airlines."',
    'A columnist for the paper Harbour Times said: "Nobody rides the ferry for fun."',
  ]);
  expect(got.get('The strike is')).toBe('one commentator on the regional channel Nordvik-2');
  expect(got.get('Nobody rides the')).toBe('a columnist for the paper Harbour Times');
});

it('reads "on" a place as part of the subject before "put it", but not "on" a day', () => {
  const got = speakers([
    'The ferry strike in Vessby entered its third week on Monday.',
    'A dockworker on the night shift put it bluntly: "Nobody is paying us."',
    'Mara Olsen, who chairs the union, spoke at the gates. The union on Tuesday said: "We will not go back."',
  ]);
  expect(got.get('Nobody is paying')).toBe('a dockworker on the night shift');
  expect(got.get('We will not')).not.toMatch(/Tuesday/u);
});
