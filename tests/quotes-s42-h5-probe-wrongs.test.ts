import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names): constructions the session-42 probes (s42-h5) gave a wrong speaker.
describe('a correction notice in the next paragraph', () => {
  it('gives the words to the one "The words were in fact spoken by" names', () => {
    const paras = ['A report on Friday said Alderman Pim Varley called the levy "a tax on breathing".', 'The words were in fact spoken by Alderman Nell Ostrow. We apologise for the error.'];
    expect(speakerOf(paras, 'a tax on breathing')).toBe('Nell Ostrow');
  });
  it('leaves words alone when the next paragraph only says who else used them, without "in fact"', () => {
    const paras = ['Councillor Pim Varley called the levy "a tax on breathing".', 'The same words were used by protesters outside.'];
    expect(speakerOf(paras, 'a tax on breathing')).toBe('Pim Varley');
  });
});

describe('"..., the crowd sang, according to NAME"', () => {
  it('is the subject\'s after the quote, not the source\'s', () => {
    const paras = ['Author Tilde Marsh has written about the dockers of 1920.', '"No ships without bread," the dockers chanted at the gate, according to Marsh.'];
    expect(speakerOf(paras, 'No ships without bread')).not.toBe('Tilde Marsh');
  });
});

describe('a quote in a "who" clause set off before the main subject', () => {
  it('is the antecedent\'s, not that of the subject named after it', () => {
    const paras = ['Coach Ilse Varga and her rival Doreen Pask met on Sunday.', 'Unlike Pask, who called the ground "a swamp", Varga said the grass was "fine".'];
    expect(speakerOf(paras, 'a swamp')).toBe('Doreen Pask');
    expect(speakerOf(paras, 'fine')).toBe('Ilse Varga');
  });
});

describe('"..." NAME was asked', () => {
  it('is not the one asked', () => {
    const paras = ['Sprinter Odile Brun is back at 38.', '"Why race again?" Brun was asked at the track. "Because I miss it," she replied.'];
    expect(speakerOf(paras, 'Why race again?')).toBeNull();
    expect(speakerOf(paras, 'Because I miss it')).toBe('Odile Brun');
  });
  it('nor the one told', () => {
    const paras = ['Driver Kit Ambler stopped at the barrier.', '"You cannot park here," Ambler was told by a guard.'];
    expect(speakerOf(paras, 'You cannot park here')).not.toBe('Kit Ambler');
  });
});

describe('"X\'s comments were echoed by NAME: ..."', () => {
  it('is the agent\'s before the colon', () => {
    const paras = ['Steward Hal Corrie said the stand was unsafe.', 'Corrie\'s warning was echoed by groundsman Piet Olander: "It should have closed years ago."'];
    expect(speakerOf(paras, 'It should have closed')).toBe('Piet Olander');
  });
});
