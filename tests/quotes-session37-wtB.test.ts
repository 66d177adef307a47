import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests, with invented names.
describe('a specificational copula: "The first to call was NAME"', () => {
  it('"The first to call was an old friend, Dr NAME, who teaches ..." then "..., she told me" is hers', () => {
    const paras = ['I was waiting for a tram in Ostend when the news broke.', 'The first to ring was a former classmate, Dr Liesel Marten, who teaches maritime law in Ghent.', '"This changes every contract we have," she told me before I could say a word.'];
    expect(speakerOf(paras, 'This changes every contract')).toBe('Liesel Marten');
  });
  it('"The last to leave was NAME." then "he said"', () => {
    const paras = ['The last to leave the quay was Jonas Pelt, a ferry pilot.', '"We will be back tomorrow," he said.'];
    expect(speakerOf(paras, 'We will be back tomorrow')).toBe('Jonas Pelt');
  });
});

describe('a pronoun, a copula and how it spoke, before a colon', () => {
  it('"When I asked whether ..., he was blunt: "..."" is the man the paragraph is about', () => {
    const paras = ['I rang Pieter Vander, a retired consul who lives in Bruges.', 'Vander is not a man given to hope. When I asked whether the council would win the vote it wants, he was blunt: "It will lose, and it will deserve to."'];
    expect(speakerOf(paras, 'It will lose, and')).toBe('Pieter Vander');
  });
  it('not a pronoun whose copula says something other than how it spoke ("he was in Bruges:")', () => {
    const paras = ['I rang Pieter Vander, a retired consul.', 'When I called, he was at home in the port town: "Nobody leaves on a Sunday."'];
    expect(speakerOf(paras, 'Nobody leaves on a Sunday')).toBeNull();
  });
});

describe('a gesture closed by "when asked", and one whose subject a description sets off', () => {
  it('"Her cousin at the next stall, NAME, shrugged when asked about the port. "..."" is hers', () => {
    const paras = ['Her neighbour, the bus driver Boris Gromov, was less hopeful. "Nobody came," he said.', 'Her cousin at the next stall, Nina Gromova, shrugged when asked about the port. "We watch the ships on television like everyone else."'];
    expect(speakerOf(paras, 'We watch the ships')).toBe('Nina Gromova');
  });
  it('a bare feminine surname later is the woman, the masculine one the man', () => {
    const paras = ['Her neighbour, the bus driver Boris Gromov, was less hopeful.', 'Her cousin at the next stall, Nina Gromova, shrugged when asked about the port. "We watch the ships on television."', '"It is loud at night," Gromova said.', '"It is quiet at night," Gromov said.'];
    expect(speakerOf(paras, 'It is loud at night')).toBe('Nina Gromova');
    expect(speakerOf(paras, 'It is quiet at night')).toBe('Boris Gromov');
  });
});

describe('a glass raised to someone is a toast, and a wish joined to it goes on with it', () => {
  it('"Later, over a banquet, NAME raised a glass to "..." and wished NAME2 "..."": both are the toaster\'s', () => {
    const paras = ['Tycoon Ruben Castell rolled up at the port yesterday with his old friend Jonas Brun.', 'Later, over a banquet of oysters, Castell raised a glass to "the finest harbour in the south" and wished Brun "a long and happy life".'];
    expect(speakerOf(paras, 'the finest harbour')).toBe('Ruben Castell');
    expect(speakerOf(paras, 'a long and happy life')).toBe('Ruben Castell');
  });
});

describe('"she" after a sentence that names one woman in full as someone\'s kin', () => {
  const paras = [
    'Tycoon Ruben Castell rolled up at the port yesterday with his old friend Jonas Brun.',
    'Castell, 59, who had flown in from Lisbon, hit back with a pledge.',
    'The tycoon - as the tabloids like to call him - was joined by his formidable sister Mara Castell, 41, who was caught on camera scolding porters. "Hurry, hurry," she was heard telling one.',
    'Later, over a banquet of oysters, Castell raised a glass to "the finest harbour in the south" and wished Brun "a long and happy life".',
  ];
  it('"..., she was heard telling one" is the sister\'s', () => {
    expect(speakerOf(paras, 'Hurry, hurry')).toBe('Mara Castell');
  });
  it('a bare surname the text gave the brother before stays his', () => {
    expect(speakerOf(paras, 'the finest harbour')).toBe('Ruben Castell');
  });
  it('no one when the sentence before names a woman of untold kin beside her', () => {
    const two = ['Ruben Castell arrived with his sister Mara Castell and Lena Dorn, who was caught on camera scolding porters. "Hurry, hurry," she was heard telling one.'];
    expect(speakerOf(two, 'Hurry, hurry')).toBeNull();
  });
});

describe('"One, who ..., said:" after a sentence whose plain plural subject is a kind of person', () => {
  it('is one of that kind, as the group is described ("a shipbroker in NAME")', () => {
    const paras = ['The port of Velden reopened on Monday, the harbour board said.', 'Shipbrokers in Kessel were sceptical. One, who would only speak without his name, said: "They promise a grand terminal each spring and the cranes never come."'];
    expect(speakerOf(paras, 'They promise a grand terminal')).toBe('a shipbroker in Kessel');
  });
  it('a plural in "-men" too ("Local fishermen were angry. One said: ...")', () => {
    const paras = ['The port of Velden reopened on Monday.', 'Local fishermen were angry. One said: "We were never asked about any of it."'];
    expect(speakerOf(paras, 'We were never asked')).toBe('a fisherman');
  });
  it('no one when the group is named people ("The mayor, NAME, and his deputies were upbeat. One ... said:")', () => {
    const paras = ['The mayor, Jonas Brun, and his deputies were upbeat. One, who asked not to be named, said: "It will work out for everyone."'];
    expect(speakerOf(paras, 'It will work out')).not.toBe('Jonas Brun');
  });
});
