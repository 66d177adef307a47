import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

// An English edition of a German paper keeps "Herr" and "Frau" before a surname: the German "Mr." and "Mrs.", titles
// that tell the bearer's sex, never part of a name. And a couple named jointly after a fronted place ("In PLACE,
// GIVEN and GIVEN2 SURNAME run ...") bear the surname both: a later bare SURNAME is not the second one by default.

it('reads "Herr SURNAME" as the man of that surname named in full before, as "Mr SURNAME" is read', () => {
  const got = speakers([
    'The opposition was unimpressed. Gerold Wanke, a spokesman of the Farrow group, accused the mayor of being slow.',
    '"I would like to see two of them before Easter," Herr Wanke said.',
  ]);
  expect(got.get('I would like to see two of them before Easter')).toBe('Gerold Wanke');
});

it('tells a husband and wife of one surname apart by "Herr" and "Frau"', () => {
  const got = speakers([
    'Tobias Lamm and his wife, Greta Lamm, have run the mill at Wexby since 1990.',
    '"Tobias still thinks the buyers will come back," Frau Lamm said.',
    'Herr Lamm shrugged. "She is usually right," he said.',
  ]);
  expect(got.get('Tobias still thinks the buyers will come back')).toBe('Greta Lamm');
  expect(got.get('She is usually right')).toBe('Tobias Lamm');
});

it('files the first of "In PLACE, GIVEN and GIVEN2 SURNAME" as a holder of the surname, the place no list member', async () => {
  const { scanNameMentions } = await import('../src/quotes/name-mentions.ts');
  const names = scanNameMentions(['In Wexby, John and Mary Lamm have run a mill for thirty years.']).map((m) => m.name);
  expect(names).toContain('John Lamm');
  expect(names).toContain('Mary Lamm');
  // (A list of names before the pair is still no couple: "Ann, Gerald and Patricia Hume".)
  const listed = scanNameMentions(['The guests, Ann, Gerald and Patricia Hume, arrived late.']).map((m) => m.name);
  expect(listed).not.toContain('Gerald Hume');
});

it('gives a bare SURNAME after a couple named jointly past a fronted place to no wife when the clause says "his"', () => {
  const got = speakers([
    'In Wexby, John and Mary Lamm have run a small mill for thirty years.',
    '"We lost our best customers overnight," Lamm said, tapping a folder of cancelled orders on his desk.',
  ]);
  expect(got.get('We lost our best customers overnight')).not.toBe('Mary Lamm');
});
