import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences written for these tests (invented people and places).

describe('a bare description after someone with a role of their own speaks in the quote\'s paragraph', () => {
  it('"Envoy NAME ... ¶ NAME2, deputy chief of mission, said .... \'...,\' the diplomat said": not the envoy', () => {
    const got = speakerOf([
      'Envoy Park Su-bin said the plan had failed.',
      'Park Hye-rin, deputy chief of mission at the consulate, said more was possible. "We are near," the diplomat said.',
    ], 'We are near');
    expect(got).not.toBe('Park Su-bin');
  });

  it('the same with names sharing no word: "the diplomat" is not told to be the envoy', () => {
    const got = speakerOf([
      'Envoy Tomas Verhaal said the plan had failed.',
      'Ines Kolbe, deputy chief of mission at the consulate, said more was possible. "We are near," the diplomat said.',
    ], 'We are near');
    expect(got).not.toBe('Tomas Verhaal');
  });

  it('"\'...,\' SURNAME replied to her" with two bearers of the surname: not the one replied to', () => {
    const got = speakerOf([
      'Envoy Park Su-bin said the plan had failed.',
      'Park Hye-rin, deputy chief of mission at the consulate, said more was possible. "We are near," the diplomat said.',
      '"Near is not enough," Park replied to her.',
    ], 'Near is not enough');
    expect(got).not.toBe('Park Hye-rin');
  });

  it('still: "the diplomat" right after the envoy\'s own paragraph with no one else is the envoy', () => {
    const got = speakerOf([
      'Envoy Park Su-bin said the plan had failed.',
      'The talks in Velmor will resume in March. "We are near," the diplomat said.',
    ], 'We are near');
    expect(got).toBe('Park Su-bin');
  });

  it('still: "the mayor" for Mayor NAME, though a councillor with a role of his own spoke in the quote\'s paragraph', () => {
    const got = speakerOf([
      'Mayor Greta Lindqvist opened the Halvor bridge in May.',
      'Councillor Brom Tessel, the member for the east ward, said it was late. "It is open now," the mayor said.',
    ], 'It is open now');
    expect(got).toBe('Greta Lindqvist');
  });

  it('still: "the Chair" for the named Chair, after a member\'s own paragraph', () => {
    const got = speakerOf([
      'The Chair, Orla Fenwick, opened the hearing. Piet Dolan, the member for Saltmere, then rose.',
      'Mr Dolan spoke of the harbour for ten minutes. "Time is up," the Chair said.',
    ], 'Time is up');
    expect(got).toBe('Orla Fenwick');
  });
});
