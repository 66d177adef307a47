import { expect, it } from 'vitest';
import { quoteOpeningWith, speakersByStart } from './helpers/quotes.ts';

// Sentences written for these tests (invented people and bodies): a body as the subject of a clause that a named
// person tells a hearer ("told members that the guild had written ... seeking "..."") is no speaker of the words
// there, as it is none after "said that"; the one telling speaks.
const speaker = (paras: string[], start: string): string | null | undefined => speakersByStart(paras).get(start);

it('gives the words in "NAME told delegates that the union had written ... seeking "..."" to the one telling', () => {
  expect(speaker(['Mara Olsen told delegates that the union had written to the harbour office seeking "clear rules" for drivers.'], 'clear rules')).toBe('Mara Olsen');
  expect(speaker(['General Secretary Sister Mara Olsen, who travelled up from Bergen for the night, told delegates that the union had written to the Office of Quays seeking "clear rules" for drivers.'], 'clear rules')).toBe('Mara Olsen');
});

it('reads "told the meeting that" and "assured them that" as "said that" reads', () => {
  expect(speaker(['Ivo Brandt told the meeting that the council had asked the port for "a full account" of the sale.'], 'a full account')).toBe(speakersByStart(['Ivo Brandt said that the council had asked the port for "a full account" of the sale.']).get('a full account'));
});

it('keeps a colon\'s words the inner subject\'s: "told the jury that the son had answered within the hour: "..."', () => {
  const q = quoteOpeningWith(['Karl Uhl, the boatman\'s son, wrote to his father every week.', 'Counsel Ada Fenn told the jury that the son had replied to his father\'s note within the hour: "I will come home on Friday."']);
  expect(q.get('I will come home').speaker).not.toBe('Ada Fenn');
});

it('keeps a label the inner body gives its own: "told reporters the union had called the plan "..."', () => {
  expect(speaker(['Mara Olsen said the union had called the plan "a disaster".'], 'a disaster')).toBe('the union');
});
