import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences and names written for these tests: a named man speaks, then a sentence opens on someone described
// by a possessive ("His neighbour wasn't so sure."), with a negative auxiliary for its verb, before a "she said".
// The described newcomer may be the "she"; the named man of no gender the lists tell is never given her words.

describe('a described subject with a negative auxiliary stands between a name and a pronoun', () => {
  it('"His neighbour wasn\'t so sure. "...," she said." is not the man named before', () => {
    const text = ['A retired welder there, Radek Voss, told me, "The others should know we have friends." His neighbour wasn\'t so sure. "Such friends come at a price," she said.'];
    expect(speakerOf(text, 'Such friends come at a price')).not.toBe('Radek Voss');
  });

  it('"She wouldn\'t give her name, but she said" after the described subject', () => {
    const text = ['A retired welder there, Radek Voss, told me, "The others should know we have friends." His neighbour wasn\'t so sure. She wouldn\'t give her name, but she said, "Such friends come at a price."'];
    expect(speakerOf(text, 'Such friends come at a price')).not.toBe('Radek Voss');
  });

  it('in a transcript turn, too', () => {
    const text = [
      'ELSA MARR, HOST: Our reporter Jonas Fell went to the harbour town.',
      'JONAS FELL, BYLINE: A retired welder there, Radek Voss, told me, "The others should know we have friends." His neighbour wasn\'t so sure. She wouldn\'t give her name, but she said, "Such friends come at a price."',
    ];
    expect(speakerOf(text, 'Such friends come at a price')).not.toBe('Radek Voss');
  });

  it('with nobody described between, the pronoun still goes back to the one who spoke', () => {
    const text = ['Greta Voss runs the ferry kiosk. "The others should know we have friends," she said. She paused. "Such friends come at a price," she said.'];
    expect(speakerOf(text, 'Such friends come at a price')).toBe('Greta Voss');
  });
});
