import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences written for these tests (invented people and places).

describe('words sourced in the next paragraph through a go-between', () => {
  it('"The message was conveyed by an aide to NAME, NAME2": the aide is not the words\' speaker', () => {
    const got = speakerOf([
      'Governor Selma Draye did not attend the talks in Orvik.',
      '"We will not sign while the mines are flooded."',
      'The message was conveyed by an aide to Draye, Teodor Quist, at the door of the hall.',
    ], 'We will not sign while the mines are flooded');
    expect(got).not.toBe('Teodor Quist');
  });

  it('"... by the governor\'s spokesman, NAME2": no more the spokesman\'s own', () => {
    const got = speakerOf([
      'Governor Selma Draye did not attend the talks in Orvik.',
      '"We will not sign while the mines are flooded."',
      "The statement was delivered by the governor's spokesman, Teodor Quist, at the door of the hall.",
    ], 'We will not sign while the mines are flooded');
    expect(got).not.toBe('Teodor Quist');
  });

  it('still: "conveyed by the ROLE to PLACE, NAME" names the speaker', () => {
    const got = speakerOf([
      'Talks on the mines resumed in Orvik on Monday.',
      '"We will not sign while the mines are flooded."',
      'The statement was conveyed by the Keldish Ambassador to Orvik, Teodor Quist, at a meeting with reporters.',
    ], 'We will not sign while the mines are flooded');
    expect(got).toBe('Teodor Quist');
  });
});
