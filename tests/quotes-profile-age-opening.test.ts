import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a feature in the present tense that opens on its subject's age or what he was
// ("NAME was 19 when ..."), then "He is 41 now ...", then his words credited to "he says" in the next paragraph.
describe('a profile opening "NAME was 19 when he ..." keeps the pronoun thread on its subject', () => {
  it('an age after the copula, "He" opening the next sentence: the subject of the profile says it', () => {
    const paras = [
      'Tomas Rell was 19 and guarding a ferry landing when he first saw the armoured train. He is 41 now and drives a cab in Leeds.',
      '"It is the same green," he says. "They repaint it, but it is the same green."',
    ];
    expect(speakerOf(paras, 'It is the same green')).toBe('Tomas Rell');
  });

  it('a noun phrase after the copula goes on the same way', () => {
    const paras = ['Tomas Rell was a ferry guard when he first saw the train. He lives in Leeds now.', '"It is the same green," he says.'];
    expect(speakerOf(paras, 'It is the same green')).toBe('Tomas Rell');
  });

  it('a sentence that only describes, with no "He" going on after it, still sets no one up', () => {
    const paras = ['Tomas Rell was 19 then.', 'The ferry landing closed in the spring.', '"It is the same green," he says.'];
    expect(speakerOf(paras, 'It is the same green')).toBeNull();
  });

  it('a man named between still takes the pronoun from the subject', () => {
    const paras = [
      'Tomas Rell was 19 when he first saw the train. He is 41 now.',
      'His cousin, Piet Oss, still farms near the landing.',
      '"It is the same green," he says.',
    ];
    expect(speakerOf(paras, 'It is the same green')).not.toBe('Tomas Rell');
  });
});

// A rival of the other sex named between, told by her noun of kin ("His sister, NAME,"): no one the "he" may mean.
describe('a name set off after a noun of kin of the other sex does not break the thread', () => {
  it('in the same paragraph as the subject', () => {
    const paras = [
      'Tomas Rell was 19 when he first saw the train. He is 41 now. His sister, Mira Oss, still farms near the landing.',
      '"It is the same green," he says.',
    ];
    expect(speakerOf(paras, 'It is the same green')).toBe('Tomas Rell');
  });

  it('in a paragraph of her own just before the quote', () => {
    const paras = [
      'Tomas Rell was 19 when he first saw the train. He is 41 now.',
      'His sister, Mira Oss, still farms near the landing.',
      '"It is the same green," he says.',
    ];
    expect(speakerOf(paras, 'It is the same green')).toBe('Tomas Rell');
  });

  it('a "she says" after her goes to her, not to him', () => {
    const paras = [
      'Tomas Rell was 19 when he first saw the train. He is 41 now.',
      'His sister, Mira Oss, still farms near the landing.',
      '"He never liked boats," she says.',
    ];
    expect(speakerOf(paras, 'He never liked boats')).toBe('Mira Oss');
  });
});
