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

// Passages written for these tests: '"...," he said.' right after a sentence whose subject is a name, when other
// people of that gender are named in the sentence and the pronoun reading cannot choose between them.
describe('"he said" after a sentence opened by a named subject', () => {
  const first = 'Mayor Omar Kask praised the plan. "I am a big fan of it," Kask said in the interview.';
  it('goes on with the subject, past the people the sentence names after it', () => {
    const paras = [first, 'Kask raised the example of Governor Peeter Tamm inviting Mara Lind into his inner team, just as President Jaan Saar did in forming a cabinet of old foes. "He brought her in and it paid off," he said.'];
    expect(speakerOf(paras, 'brought her in')).toBe('Omar Kask');
  });
  it('not the subject when the credit speaks to him', () => {
    const paras = [first, 'Kask raised the example of Governor Peeter Tamm inviting Mara Lind into his inner team, just as President Jaan Saar did in forming a cabinet of old foes. "He brought her in and it paid off," he told Kask.'];
    expect(speakerOf(paras, 'brought her in')).not.toBe('Omar Kask');
  });
  it('not a subject of the other gender', () => {
    const paras = ['Mayor Mara Lind praised the plan. "I am a big fan of it," Lind said in the interview.', 'Lind raised the example of Governor Peeter Tamm inviting Jaan Saar into his inner team, just as President Toomas Ilves did in forming a cabinet of old foes. "He brought him in and it paid off," he said.'];
    expect(speakerOf(paras, 'brought him in')).not.toBe('Mara Lind');
  });
});

describe('"he told X" after a sentence of reported speech by X', () => {
  it('is not X speaking', () => {
    const paras = ['Mayor Omar Kask spoke on Monday. Kask said Governor Peeter Tamm had broken his promise on the harbour. "We will not close the port," he told Kask.'];
    expect(speakerOf(paras, 'close the port')).not.toBe('Omar Kask');
  });
});
