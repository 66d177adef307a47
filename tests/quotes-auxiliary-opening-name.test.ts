import { expect, it } from 'vitest';
import { auxiliaryOpeningNames, auxiliaryOpensName } from '../src/quotes/auxiliary-name.ts';
import { speakerOf } from './helpers/quotes.ts';

it('keeps a name’s first word that is also an auxiliary, after a quote and in a later bare credit', () => {
  const paragraphs = [
    '"We will hold the line," Do Thi Hoa said on Monday in Lanvik.',
    '"The orchard floods every spring," Will Hartigan, a farmer, said.',
    '"Prices will climb," Can Erdem, a columnist at the Velmar Courier, said.',
    '"Nobody listens to us," Hoa added.',
  ];
  expect(speakerOf(paragraphs, 'hold the line')).toBe('Do Thi Hoa');
  expect(speakerOf(paragraphs, 'orchard floods')).toBe('Will Hartigan');
  expect(speakerOf(paragraphs, 'Prices will climb')).toBe('Can Erdem');
  expect(speakerOf(paragraphs, 'Nobody listens')).toBe('Do Thi Hoa');
});

it('keeps it where the name opens a sentence as its subject, set off or before its verb', () => {
  const paragraphs = [
    'Do Thi Hoa, a trader at the Lanvik market, said the season was "the worst in memory."',
    'Will Hartigan said: "The river is rising."',
  ];
  expect(speakerOf(paragraphs, 'worst in memory')).toBe('Do Thi Hoa');
  expect(speakerOf(paragraphs, 'river is rising')).toBe('Will Hartigan');
});

it('reads the word as a question’s auxiliary at the opening of a question', () => {
  const paragraphs = [
    'Will Tomas Brenner tell the council the bridge is "safe"?',
    'Tomas Brenner, the mayor of Lanvik, said on Friday: "We are close to a deal."',
    '"It will be signed," Brenner said.',
  ];
  expect(speakerOf(paragraphs, 'close to a deal')).toBe('Tomas Brenner');
  expect(speakerOf(paragraphs, 'It will be signed')).toBe('Tomas Brenner');
  expect(auxiliaryOpeningNames(paragraphs)).toEqual([]);
  expect(auxiliaryOpeningNames(['Will Kestrel Bay agree? Nobody knows.', 'Can Orlov, who arrived on Monday, deliver?'])).toEqual([]);
});

it('tells a name’s position from a question’s opening', () => {
  expect(auxiliaryOpensName('said Will Hartigan.', 5, 'Will Hartigan')).toBe(true);
  expect(auxiliaryOpensName('Will Hartigan runs the farm.', 0, 'Will Hartigan')).toBe(true);
  expect(auxiliaryOpensName('Will Hartigan, a farmer, sold it.', 0, 'Will Hartigan')).toBe(true);
  expect(auxiliaryOpensName('Will Hartigan sell the farm?', 0, 'Will Hartigan')).toBe(false);
  expect(auxiliaryOpensName('Will Hartigan, a farmer, sell it?', 0, 'Will Hartigan')).toBe(false);
});
