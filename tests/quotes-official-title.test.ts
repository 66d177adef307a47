import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: briefing notes that name their speaker once, with a capitalised title after
// the name, and then call them by the title alone (the summit reports held out in
// tests/fixtures/corpora/summit-quotes-heldout36 left these as a description; the sentences are new).
describe('a capitalised title standing for the one person named with it', () => {
  const opening = 'These are notes of the weekly briefing by Ana Pereira, Spokesperson for the Port Authority.';
  it('"the Spokesperson said" paragraphs later is the one named', () => {
    const paras = [opening, 'FERRIES', 'Asked whether the night ferry would run, the Spokesperson said: "We expect it back on Monday."'];
    expect(speakerOf(paras, 'back on Monday')).toBe('Ana Pereira');
  });
  it('and again after that', () => {
    const paras = [opening, 'FERRIES', 'Asked about the strike, the Spokesperson said: "Talks go on."', 'A reporter asked about fares. The Spokesperson replied that there was "no change planned".'];
    expect(speakerOf(paras, 'no change planned')).toBe('Ana Pereira');
  });
  it('two people given that title: no one', () => {
    const paras = ['Notes of the briefing by Ana Pereira, Spokesperson for the Port Authority, and Rui Costa, Spokesperson for the Harbour Board.', 'FERRIES', 'Asked about fares, the Spokesperson said: "No change is planned."'];
    expect(speakerOf(paras, 'No change is planned')).not.toBe('Ana Pereira');
  });
  it('a lowercase "the spokesperson" does not reach back that far', () => {
    const paras = [opening, 'FERRIES', 'Tomas Vidal spoke for the union.', 'Asked about the strike, the spokesperson for the union said: "We walk out on Friday."'];
    expect(speakerOf(paras, 'walk out on Friday')).not.toBe('Ana Pereira');
  });
});
