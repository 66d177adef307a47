import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences and names written for these tests: "X quotes Y, who ...: "..."": the one quoted speaks, a clause of
// "who" saying who they are standing between the object and the colon.

describe('a relayed quote whose object carries a clause of "who"', () => {
  it('"quotes a retired captain, NAME, who sailed ...: "..."": the captain named', () => {
    const text = ['In his column, Tomas Hennig quotes a retired captain, Piet Ruys, who sailed the route for years: "The tide never waits for a minister."'];
    expect(speakerOf(text, 'The tide never waits')).toBe('Piet Ruys');
  });

  it('"quoted NAME, who ...: "..."": the one named', () => {
    const text = ['Greta Lund quoted Oskar Lindqvist, who ran the ferry for thirty years: "Every winter someone promises a bridge."'];
    expect(speakerOf(text, 'promises a bridge')).toBe('Oskar Lindqvist');
  });

  it('a clause of "who said" is read as before: the one who said it speaks', () => {
    const text = ['Greta Lund quoted Oskar Lindqvist, who said: "Every winter someone promises a bridge."'];
    expect(speakerOf(text, 'promises a bridge')).toBe('Oskar Lindqvist');
  });
});
