import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';
import { titleWordHolder } from '../src/quotes/title-word-holder.ts';
import { scanNameMentions } from '../src/quotes/name-mentions.ts';

// "Landesvater Karl Rask ... the Landesvater said": a capitalised title word no English list knows, set before one
// person's full name, then written with "the" alone, is that person, not a body named "the Landesvater".

it('gives "the TITLEWORD said" to the one person the text named as "TITLEWORD NAME"', () => {
  const got = speakers([
    'The regional government protested on Monday. Landesvater Karl Rask said in Marlhaven that the plan was reckless.',
    'The opposition leader, Gerd Malz, wanted more. "He talks and talks," Malz said.',
    'In the evening the Landesvater answered his critics. «Those who want quick answers should give some,» the Landesvater said.',
  ]);
  expect(got.get('Those who want quick answers should give some')).toBe('Karl Rask');
});

it('ties the title word to no one when two people bore it, or none did', () => {
  const two = scanNameMentions(['Landesvater Karl Rask met Landesvater Anton Brem in Marlhaven on Monday.']);
  expect(titleWordHolder('the Landesvater', two, 1)).toBeNull();
  const one = scanNameMentions(['Landesvater Karl Rask met the mayor in Marlhaven on Monday.']);
  expect(titleWordHolder('the Landesvater', one, 1)).toBe('Karl Rask');
  expect(titleWordHolder('the Ombudsrat', one, 1)).toBeNull();
});
