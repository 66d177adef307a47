import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences written for these tests (invented people and places).

describe('words alone, then "That was not the assessment of NAME"', () => {
  it('are not the words of the one whose speech the paragraph before reported, nor NAME\'s', () => {
    const got = speakerOf([
      'Mayor Odile Frane said the footbridge over the Vell was safe.',
      '"It will not last another winter."',
      'That was not the assessment of Bruno Caskel, an engineer who inspected it in May.',
    ], 'It will not last another winter');
    expect(got).toBeNull();
  });

  it('still: "That was the verdict of NAME, ..." names them', () => {
    const got = speakerOf([
      'Mayor Odile Frane said the footbridge over the Vell was safe.',
      '"It will not last another winter."',
      'That was the verdict of Bruno Caskel, an engineer who inspected it in May.',
    ], 'It will not last another winter');
    expect(got).toBe('Bruno Caskel');
  });
});

describe('words alone, then "That was the assessment of GIVEN SURNAME, ..."', () => {
  it('names the full name as the words\' source (not the one whose speech the paragraph before reported)', () => {
    const got = speakerOf([
      'Mayor Odile Frane said the footbridge over the Vell was safe.',
      '"It will not last another winter."',
      'That was the assessment of Bruno Caskel, an engineer who inspected it in May.',
    ], 'It will not last another winter');
    expect(got).toBe('Bruno Caskel');
  });
});
