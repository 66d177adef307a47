import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people): words the speaker passes on from someone else, in two
// constructions a panel write-up uses: a line from one's old boss after a colon, and a phrase one heard someone
// use to describe a thing.
describe('a line from someone, after a colon', () => {
  it('is the one it is from, described as someone\'s', () => {
    const paras = [
      'The panel closed with remarks by Mara Olsen, a former harbour commissioner.',
      'Olsen said she would leave the room with a line from her first boss at the port authority: "Every ship that docks is a promise kept."',
    ];
    expect(speakerOf(paras, 'promise kept')).toBe('her first boss at the port authority');
  });
  it('is the one named', () => {
    const paras = ['Olsen ended with a favourite saying of the harbour pilot, Ivo Brandt: "Tides do not read timetables."'];
    expect(speakerOf(paras, 'Tides do not')).toBe('Ivo Brandt');
  });
  it('not the speaker\'s own words after a colon with no line', () => {
    const paras = ['Mara Olsen, a former harbour commissioner, spoke last. She ended with a warning: "Every ship that docks is a promise kept."'];
    expect(speakerOf(paras, 'promise kept')).toBe('Mara Olsen');
  });
});

describe('heard someone describe a thing as "..."', () => {
  it('the phrase is the describer\'s, one described with "a"', () => {
    const paras = [
      'Tomas Reyn, a retired customs officer, spoke about the border.',
      'He added that he had once heard a Danish skipper describe the new quay as "handsome but useless," and laughed.',
    ];
    expect(speakerOf(paras, 'handsome but useless')).toBe('a Danish skipper');
  });
  it('not one who describes the thing himself', () => {
    const paras = [
      'Tomas Reyn, a retired customs officer, spoke about the border.',
      'He described the new quay as "handsome but useless," and laughed.',
    ];
    expect(speakerOf(paras, 'handsome but useless')).toBe('Tomas Reyn');
  });
});
