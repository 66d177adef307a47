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

it('ties the title word to no one when the text sets it before a second pair of names or defines "the TITLEWORD" as a body', () => {
  // The name scan need not take "Greta Fenn of Oststadt" for a name: the text's own "Landvogt Greta Fenn" is a
  // second holder all the same.
  const two = speakers([
    'Landvogt Karl Rask of Westmark met Landvogt Greta Fenn of Oststadt on the old bridge on Friday.',
    '"The bridge belongs to both of us," the Landvogt said.',
  ]);
  expect(two.get('The bridge belongs to both of us')).not.toBe('Karl Rask');
  const body = speakers([
    'Ratsherr Karl Rask proposed the new parking rules in March. The Ratsherr, the old name of the town council of Westmark, voted on them on Tuesday.',
    '"The rules will take effect in June," the Ratsherr said in a statement.',
  ]);
  expect(body.get('The rules will take effect in June')).not.toBe('Karl Rask');
});
