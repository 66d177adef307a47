import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

/** The speaker credited with the quote opening with each words given (undefined when no such quote). */
const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-02-01');

it('reads a fragment ending its sentence without the reporting verb of the next sentence', () => {
  const got = speakers([
    'Mayor Ana Ruiz spoke in Porto on Monday.',
    'Ruiz blamed the ferry strike on "greedy harbour bosses." Her remarks came after she was asked again about the "harbour tax."',
  ]);
  expect(got.get('greedy harbour bosses')).toBe('Ana Ruiz');
  // The next sentence's own fragment stays nobody's: it has a reporting verb of its own.
  expect(got.get('harbour tax')).toBeNull();
});

it('lets a name that is the verb\'s object stand between the subject and its fragment', () => {
  const got = speakers([
    'Chancellor Ana Ruiz praised the pact with Norway as a "turning point" for the fleet.',
    'Senator Tomas Vik coached Ruiz to "slow down, slow down."',
  ]);
  expect(got.get('turning point')).toBe('Ana Ruiz');
  expect(got.get('slow down')).toBe('Tomas Vik');
});

it('does not give the subject a fragment after a second clause with its own subject', () => {
  const got = speakers([
    'Ana Ruiz proposed a debate in Porto - but the Vik campaign dismissed the idea as "absurd" within the hour.',
    'Ana Ruiz has hired Tomas Vik of Harbour Daily, a tabloid that has printed pieces with titles like "Ferries are a hoax" for years.',
  ]);
  expect(got.get('absurd')).not.toBe('Ana Ruiz');
  expect(got.get('Ferries are a hoax')).not.toBe('Ana Ruiz');
});

it('leaves nobody a fragment naming what the named object is blamed for', () => {
  const got = speakers(['Ana Ruiz faulted Tomas Vik for the "cheapest ferry in Europe" pledge.']);
  expect(got.get('cheapest ferry')).toBeNull();
});

it('keeps the subject past a relative clause that closes before the verb', () => {
  const got = speakers(['Senator Tomas Vik, who was elected in Bergen in 2019, casts Ana Ruiz as a mayor who would "sell the harbour."']);
  expect(got.get('sell the harbour')).toBe('Tomas Vik');
});

it('gives the words after "which / that / whom X called" to X', () => {
  const got = speakers([
    'Mayor Ana Ruiz opened the new quay on Monday.',
    'The port lost $3 million in May, which Ruiz called "a wake-up call," blaming the strike.',
    'She faces Tomas Vik, a rival that the former mayor, Ruiz, once called "a harbour pirate." Voters must pick between Vik, whom Ruiz called "the lobby\'s man," and a newcomer.',
  ]);
  expect(got.get('a wake-up call')).toBe('Ana Ruiz');
  expect(got.get("the lobby's man")).toBe('Ana Ruiz');
});
