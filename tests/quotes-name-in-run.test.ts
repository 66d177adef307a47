import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { nameEndingRun } from '../src/quotes/name-in-run.ts';

// Sentences and names written for these tests: an office whose last words are capitalised runs straight into the
// person's name, with no comma between; a patronymic or an honorific says where the name opens.

describe('a name at the end of a capitalised run', () => {
  it('a patronymic has one given name before it', () => {
    expect(nameEndingRun('Tundra Oleg Fyodorovich Marchuk')?.name).toBe('Oleg Fyodorovich Marchuk');
    expect(nameEndingRun('Oleg Fyodorovich Marchuk')).toBeNull();
  });

  it('an honorific opens the name after it', () => {
    expect(nameEndingRun('the Republic of Palau Shri Devan Koshy')).toEqual({ name: 'Devan Koshy', role: 'Shri' });
    expect(nameEndingRun("Dr Koshy's Clinic")).toBeNull();
  });

  it('"Deputy Minister for the Lakes and the Tundra NAME PATRONYMIC SURNAME, ..., told VNA ..." gives him his own name', () => {
    const text = ['Deputy Minister for the Development of the Lakes and the Tundra Oleg Fyodorovich Marchuk, who led the delegation, told the agency that a ferry line had been discussed. "The pier is the weak point," Marchuk said.'];
    expect(speakerOf(text, 'The pier is the weak point')).toBe('Oleg Fyodorovich Marchuk');
  });

  it('"Former ambassador to the Republic of X Shri NAME told ... that the summit was "..."" is the man, not a body', () => {
    // (A given name the name lists lack, as many of India's are: the run is otherwise read whole, as a body.)
    const text = ['Former ambassador to the Republic of Korea Shri Sudhakar Kelkar told the agency that the meeting was "a wedding of need, not of love".'];
    expect(speakerOf(text, 'a wedding of need')).toBe('Sudhakar Kelkar');
  });
});
