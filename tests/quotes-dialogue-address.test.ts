import { describe, it, expect } from 'vitest';
import { speakerOf, speakersByOpening } from './helpers/quotes.ts';

// Passages written for these tests: a narrative's dialogue in bare quoted paragraphs after a credited line.
describe('a lone word of address in a bare paragraph is a reply, not the speaker before going on', () => {
  const scene = [
    'Tomas Berg sets down his cup. He is 70 and has fixed boats on this shore all his life.',
    '"The hulls we patch were built by my brother," his daughter Ines Berg told me. "They are fine hulls."',
    '"They are very fine hulls," Tomas said.',
    '"Papa."',
    '"What? They are."',
  ];
  it('leaves "Papa." to no one rather than to the father it is put to', () => {
    expect(speakersByOpening(scene).get('Papa.')).toBeNull();
  });
  it('gives the next bare quote to the one addressed, answering', () => {
    expect(speakersByOpening(scene).get('What? They are.')).toBe('Tomas Berg');
  });
  it('treats the previous speaker\'s own first name alone the same way', () => {
    const paras = ['"We sail at six," Nora Lind said.', '"Nora!"', '"Six, I said."'];
    expect(speakerOf(paras, 'Nora!')).toBeNull();
    expect(speakerOf(paras, 'Six, I said.')).toBe('Nora Lind');
  });
  it('still carries a bare full sentence after a credited quote', () => {
    const paras = ['"We sail at six," Nora Lind said.', '"The tide will not wait for anyone."'];
    expect(speakerOf(paras, 'The tide will not wait')).toBe('Nora Lind');
  });
});

describe('no one\'s name opens on a possessive determiner', () => {
  it('does not make "Her Liberal" a speaker when the name after it is lost to a long aside', () => {
    const paras = ['Mara Olsen was blunter. "The plan is dead," she said. Her Liberal colleague Ray Dunn (and yes, people ask them about that often) agreed on substance. "It is finished, for now," he said.'];
    expect(speakerOf(paras, 'is finished, for now')).not.toBe('Her Liberal');
  });
  it('still reads the name after the possessive description when it is found', () => {
    const paras = ['Senator Ada Vance was blunter. "The plan is dead," she said. Her Liberal colleague, Senator Ben Cole, agreed in part. He said the vote showed the plan "is finished, for now."'];
    expect(speakerOf(paras, 'is finished, for now')).toBe('Ben Cole');
  });
});
