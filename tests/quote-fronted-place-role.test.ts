import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences and names written for these tests: the subject after a fronted phrase of place or time, when the
// words after its comma are an apposition of the place or a lowercase trade before a name.

describe('a fronted place or time, then a role in lower case before a name', () => {
  it('"On Monday, baker NAME, 58, watched ..." then "\'...,\' he said": the baker speaks', () => {
    const text = ['On Monday, baker Tomas Hennig, 58, watched the vote on television at his shop.', '"The oven still needs wood," he said.'];
    expect(speakerOf(text, 'oven still needs wood')).toBe('Tomas Hennig');
  });

  it('the role is no part of the name: a later bare surname is the same person', () => {
    const text = ['In Vessby, ferryman Oskar Lindqvist watched the count from the quay.', '"Nothing changes for the tide," he said.', '"We sail at six," Lindqvist added.'];
    expect(speakerOf(text, 'Nothing changes for the tide')).toBe('Oskar Lindqvist');
    expect(speakerOf(text, 'We sail at six')).toBe('Oskar Lindqvist');
  });
});

describe('a fronted place set off again by an apposition of the place', () => {
  it('"In TOWN, the town nearest the border, NAME watched ..." then "he said"', () => {
    const text = ['In Carrow, the town nearest the border, Piet Ruys watched the results at the harbour bar.', '"The border is a road to us," he said.'];
    expect(speakerOf(text, 'border is a road')).toBe('Piet Ruys');
  });

  it('"In PORT, the port closest to the islands, fisherman NAME, 67, watched ..."', () => {
    const text = ['In Skarvik, the fishing port closest to the islands, fisherman Jonas Eide, 67, watched the summit at the union hall.', '"They already tell us where to fish," he said.'];
    expect(speakerOf(text, 'where to fish')).toBe('Jonas Eide');
  });

  it('a description of a person set off after the phrase is still the subject ("the minister, NAME,")', () => {
    const text = ['On Monday, the harbour minister, Greta Lund, toured the new quay.', '"It is finished at last," she said.'];
    expect(speakerOf(text, 'finished at last')).toBe('Greta Lund');
  });
});
