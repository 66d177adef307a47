import { expect, it } from 'vitest';
import { possessedWords } from '../src/quotes/possessed-words.ts';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

const intro = 'Senator Mara Olsen and her rival, Mayor Tom Berg, met the harbour board on Monday.';

it('gives the content of an accusation, a conclusion or a claim "is that" to its owner', () => {
  const got = speakers([
    intro,
    'Olsen\'s accusation that Berg is playing the "harbour card" set off a long debate.',
    'The vote was shaped by Berg\'s conclusion that her plans were "extremely careless."',
    'But Olsen\'s most explosive claim is that the board is a "closed club" run for friends.',
  ]);
  expect(got.get('harbour card')).toBe('Mara Olsen');
  expect(got.get('extremely careless')).toBe('Tom Berg');
  expect(got.get('closed club')).toBe('Mara Olsen');
});

it('reads an adjective of judging before the noun and an infinitive after a pledge', () => {
  const got = speakers([
    intro,
    'The worries of the fishermen go beyond Berg\'s controversial pledge to be "neutral" in the talks.',
    'Olsen\'s bold promise to build "a harbour for all" drew cheers.',
  ]);
  expect(got.get('neutral')).toBe('Tom Berg');
  expect(got.get('a harbour for all')).toBe('Mara Olsen');
});

it('does not read a noun before the noun of speech, nor a noun after "to", as the owner\'s words', () => {
  // "Y's campaign claim": the claim may be the campaign's; "Y's promise to voters": no infinitive of what is promised.
  expect(possessedWords('The board doubted Olsen\'s campaign claim that the port was ', ' at all.')).toBeNull();
  expect(possessedWords('The board doubted Olsen\'s promise to voters ', ' at all.')).toBeNull();
  // A copula after "that" still puts the quote outside the claim: the verdict is the subject's.
  expect(possessedWords('Berg said Olsen\'s claim is that the port is ', '.')?.owner).toBe('Olsen');
  expect(possessedWords('Berg said Olsen\'s claim that the port is failing is ', '.')).toBeNull();
});

it('gives the content of an aside "that" to its owner', () => {
  const got = speakers([intro, 'Then came Berg\'s aside that the crews who dredged the harbour were "well looked after" and fed.']);
  expect(got.get('well looked after')).toBe('Tom Berg');
});
