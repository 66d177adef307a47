import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { correctedSpeaker } from '../src/quotes/correction-note.ts';

// Passages written for these tests: correction notes that move words from one speaker to another.
describe('a correction note', () => {
  it('`... mistakenly attributed the remark "..." to X. It was said by Y.` is Y\'s', () => {
    const paras = ['Correction: An earlier version of this story mistakenly attributed the remark "a bridge too far" to a French minister. It was said by a German senator.'];
    expect(speakerOf(paras, 'bridge too far')).toBe('a German senator');
  });
  it('`The quote "..." was wrongly attributed to X; it was used by Y, ROLE.` is Y\'s', () => {
    const paras = ['Correction: The quote "a bridge too far" was wrongly attributed to Jean Dupont; it was used by Lena Ruiz, the mayor.'];
    expect(speakerOf(paras, 'bridge too far')).toBe('Lena Ruiz');
  });
  it('never gives the words to the one they were wrongly attributed to, and names no one when the note does not', () => {
    const paras = ['Jean Dupont spoke at the opening.', 'Correction: An earlier version of this story mistakenly attributed the remark "a bridge too far" to Jean Dupont.'];
    expect(speakerOf(paras, 'bridge too far')).toBeNull();
  });
});

describe('a report corrected by the next sentence', () => {
  it('`... reported that X called it "...". In fact, the words were those of Y.` is Y\'s', () => {
    const paras = ['A report last week said that Councillor Nia Tull called the ferry plan "a shambles". In fact, the words were those of Councillor Owen Drake. We apologise to Cllr Tull.'];
    expect(speakerOf(paras, 'a shambles')).toBe('Owen Drake');
  });
  it('`In fact, the remark was made by Y` after a quote credited to X is Y\'s', () => {
    const paras = ['An earlier version of this story quoted Mira Holt as saying the budget was "dead on arrival". In fact, the remark was made by Sven Lark, her deputy.'];
    expect(speakerOf(paras, 'dead on arrival')).toBe('Sven Lark');
  });
});

describe('correctedSpeaker', () => {
  it('is null for a sentence that corrects no attribution', () => {
    expect(correctedSpeaker('He attributed the phrase "___" to his father.', 'It was used by a teacher.')).toBeNull();
  });
});
