import { expect, it } from 'vitest';
import { judgedObjectWords } from '../src/quotes/denied-words.ts';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('credits not the subject with words said by the one it accuses, condemns or thanks', () => {
  const got = speakers([
    'Senator Hal Brisco and Senator Wenda Marlow clashed over the port bill on Tuesday.',
    'Brisco accused Marlow of calling dock workers "relics of the past".',
    'Marlow condemned Brisco for saying the harbour was "finished".',
    'Port chief Oona Delacey thanked the senators for promising they would "sit until it is done".',
    'Brisco was criticised by his own party for saying the bill was "dead in the water".',
    'Marlow apologised for calling Brisco "a dinosaur".',
    'Delacey said the port was "ready".',
  ]);
  expect(got.get('relics of the past')).toBeNull();
  expect(got.get('finished')).toBeNull();
  expect(got.get('sit until it is done')).toBeNull();
  expect(got.get('dead in the water')).toBe('Hal Brisco');
  expect(got.get('a dinosaur')).toBe('Wenda Marlow');
  expect(got.get('ready')).toBe('Oona Delacey');
});

it('reads a verb of judging with an object before a gerund of saying, not a passive or reflexive one', () => {
  expect(judgedObjectWords('Brisco praised the mayor for admitting the plan was ')).toBe(true);
  expect(judgedObjectWords('Brisco accused Marlow of lying, and said the bill was ')).toBe(false);
  expect(judgedObjectWords('Brisco was attacked by unions for describing them as ')).toBe(false);
  expect(judgedObjectWords('Marlow blamed herself for calling it ')).toBe(false);
  expect(judgedObjectWords('Brisco said the port was ')).toBe(false);
});
