import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { transcriptTurns } from '../src/quotes/transcript.ts';

// A hearing record written for these tests: turns labelled by a title and the surname in capitals and a full stop.
const record = [
  'The committee met at 9:30 a.m., Hon. Teresa Vance presiding. Present: Representatives Vance, Holloway and Brandt.',
  'The CHAIRWOMAN. The committee will come to order. Our witness today is the Honorable Miriam Oduya, Assistant Secretary of Commerce for Industry and Analysis.',
  'Mr. HOLLOWAY. Thank you, Madam Chairwoman. I have one question for our witness, and I will keep it short.',
  'Ms. ODUYA. Thank you, Congressman. We have seen exports fall for three quarters in a row.',
  '[Laughter.]',
  'Mr. HOLLOWAY. Then what will you do about it?',
];

describe('a hearing record\'s labels ("Mr. HOLLOWAY. ...") are transcript turns', () => {
  it('credits a title-and-surname turn to the person the record names', () => {
    expect(speakerOf(record, 'I have one question for our witness')).toBe('Holloway');
    expect(speakerOf(record, 'We have seen exports fall')).toBe('Miriam Oduya');
  });
  it('a label repeated after "[Laughter.]" is the same speaker again', () => {
    expect(speakerOf(record, 'Then what will you do about it?')).toBe('Holloway');
  });
  it('the chair\'s turn is speech credited to no one, and not the turn before it going on', () => {
    const turns = transcriptTurns(record, () => false);
    expect(turns[1]).toMatchObject({ speaker: null, continued: false });
  });
  it('a surname two people named in the record share is credited to neither', () => {
    const paras = [
      'Our witness is Dr. Lena Brandt of the Oslo Institute, no relation to our colleague Senator Karl Brandt.',
      'Senator BRANDT. Dr. Brandt, I have read your paper twice and I still have questions.',
      'Dr. BRANDT. I am glad to hear it, Senator. We wrote it to be argued with.',
    ];
    const turns = transcriptTurns(paras, () => false);
    expect(turns[1]?.speaker ?? null).toBeNull();
    expect(turns[2]?.speaker ?? null).toBeNull();
  });
  it('a name and a full stop in prose is no label', () => {
    expect(transcriptTurns(['Mr. Holloway. That was all he said.', 'Then he left.'], () => false)).toEqual([null, null]);
  });
});
