import { expect, it } from 'vitest';
import { coordinatedThatSpeaker } from '../src/quotes/coordinated-that.ts';
import { speakersByStart } from './helpers/quotes.ts';

/** The speaker credited with the quote opening with each words given (undefined when no such quote). */
const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-02-01');

it('reads the main verb\'s subject for a "that" clause joined to the one before', () => {
  expect(coordinatedThatSpeaker('She said there were "___" that Lisbon respected, but that ', 'Lisbon')).toEqual({ main: 'She' });
  expect(coordinatedThatSpeaker('Ruiz argued that Madrid noted the risk, and that ', 'Madrid')).toEqual({ main: 'Ruiz' });
  // A clause of its own: "Madrid noted that ..." is Madrid's.
  expect(coordinatedThatSpeaker('Madrid noted that ', 'Madrid')).toBeNull();
});

it('never credits the subject of the clause before "but that" with the quote after it', () => {
  const got = speakers([
    'Prime Minister Ana Ruiz spoke to reporters in Porto.',
    'On fishing, she said there were "clear limits" that Lisbon observed, but that "everything can be discussed".',
  ]);
  expect(got.get('everything can')).toBe('Ana Ruiz');
});
