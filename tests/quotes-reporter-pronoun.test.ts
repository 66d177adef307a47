import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: '"...," he said.' right after a sentence of reported speech whose subject is
// a name, with someone else named inside what is reported.
describe('"he said" after a sentence of reported speech', () => {
  it('goes on with the one reporting, past the person he reports on', () => {
    const paras = ['Mayor Omar Kask spoke on Monday. Kask said Governor Peeter Tamm had broken his promise on the harbour. "We will not close the port," he said.'];
    expect(speakerOf(paras, 'close the port')).toBe('Omar Kask');
  });
  it('reads the last sentence of the paragraph before', () => {
    const paras = ['Mayor Omar Kask spoke on Monday. Kask said Governor Peeter Tamm had broken his promise on the harbour.', '"We will not close the port," he said.'];
    expect(speakerOf(paras, 'close the port')).toBe('Omar Kask');
  });
  it('and the words that go on from that quote are his too', () => {
    const paras = ['Mayor Omar Kask spoke on Monday. Kask said Governor Peeter Tamm had broken his promise on the harbour. "We will not close the port," he said. "The ships will keep coming."'];
    expect(speakerOf(paras, 'ships will keep')).toBe('Omar Kask');
  });
  it('not a reporter of the other gender', () => {
    const paras = ['Mayor Mara Lind spoke on Monday. Lind said Governor Peeter Tamm had broken his promise on the harbour. "We will not close the port," he said.'];
    expect(speakerOf(paras, 'close the port')).not.toBe('Mara Lind');
  });
  it('not the subject of a sentence that reports no speech', () => {
    const paras = ['Mayor Omar Kask spoke on Monday. Governor Peeter Tamm met Kask at the harbour. "We will not close the port," he said.'];
    expect(speakerOf(paras, 'close the port')).toBeNull();
  });
});
