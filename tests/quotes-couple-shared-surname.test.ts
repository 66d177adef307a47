import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('reads "Gerald and Patricia X" as two people of surname X, so "Mr. X" is not a son named later', () => {
  const got = speakers([
    'Harold and Margaret Penwick, of Alder Row, told the tribunal they had trusted the surveyor. Mr. Penwick said the fence had gone up in good faith.',
    '"We believed the plot was ours," he said.',
    'Mrs. Penwick said the case had worn her down. "I have not had a calm week in a year," she said.',
    'The Penwicks\' son, Oliver Penwick, spoke for them outside. "My parents are honest people," he said.',
  ]);
  expect(got.get('We believed the plot was ours')).toBe('Harold Penwick');
  expect(got.get('I have not had a calm week in a year')).toBe('Margaret Penwick');
  expect(got.get('My parents are honest people')).toBe('Oliver Penwick');
});

it('gives the shared surname only to a lone first name before "and", not to the end of another full name or a place', async () => {
  const { scanNameMentions } = await import('../src/quotes/name-mentions.ts');
  const names = (p: string): string[] => scanNameMentions([p]).map((m) => m.name);
  expect(names('The owners, Rita and Samuel Okonjo, opened at six.')).toContain('Rita Okonjo');
  expect(names('Ann Kerr and Patricia Hume opened the fete.')).not.toContain('Kerr Hume');
  expect(names('Talks between Israel and Benjamin Arlott stalled.')).not.toContain('Israel Arlott');
});

it('reads "Brothers Tom and Sam X" as Tom X and Sam X, the plural of kin no part of a name', () => {
  const got = speakers(['Brothers Olaf and Sven Tarrow run the ferry together. "We argue every day," Olaf said.']);
  expect(got.get('We argue every day')).toBe('Olaf Tarrow');
});
