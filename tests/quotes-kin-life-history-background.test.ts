import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people and places): a relative brought in as "His/Her KIN, NAME2
// SURNAME," in a sentence that only tells of the relative's life ("was born in", "served in", "grew up", "had
// worked at", "lived in"), then a quote credited to the bare surname. Such a sentence is background on the one the
// text is about, as ", was a diplomat" is: it does not set the relative up to speak, so the bare surname is not
// handed to the relative (no one, or the one the text is about).

const LIFE = ['was born in Bergholm', 'served in the navy for years', 'grew up in Bergholm', 'had worked at the docks', 'lived in Bergholm until 1990', 'had long lived abroad'];

for (const life of LIFE) {
  it(`does not give "Quist said" to the father whose sentence only says he ${life}`, () => {
    const paras = [
      'Marek Quist, an analyst at the Tallin Institute, studies ports.',
      `His father, Olaf Quist, ${life}. "The port is too small," Quist said.`,
    ];
    expect(speakerOf(paras, 'The port is too small')).not.toBe('Olaf Quist');
  });

  it(`does not give "Quist said" to the husband whose sentence only says he ${life}`, () => {
    const paras = [`Mara Quist, an analyst, studies ports. Her husband, Olaf Quist, ${life}. "Nobody listens," Quist said.`];
    expect(speakerOf(paras, 'Nobody listens')).not.toBe('Olaf Quist');
  });
}

it('still gives the bare surname to the relative a sentence sets up to speak', () => {
  const paras = [
    'Marek Quist, an analyst at the Tallin Institute, studies ports.',
    'His father, Olaf Quist, was less patient. "The port is too small," Quist said.',
  ];
  expect(speakerOf(paras, 'The port is too small')).toBe('Olaf Quist');
});

// The same background sentence between a man who spoke and a "he said": "his" and the father are both men the
// pronoun may mean, and the sentence does not turn the text to the father (no one rather than a guess).
for (const life of ['was born in Bergholm', 'had worked at the docks', 'was a diplomat']) {
  it(`gives "he said" after "His father, NAME, ${life}." to no one`, () => {
    const paras = ['"The port is too small," said Marek Quist, an analyst. His father, Olaf Quist, ' + life + '.', '"Nobody listens," he said.'];
    expect(speakerOf(paras, 'Nobody listens')).toBeNull();
  });
}

it('keeps "he said" for the father a sentence sets up to speak, and for the one man beside a woman', () => {
  expect(speakerOf(['"The port is too small," said Marek Quist, an analyst. His father, Olaf Quist, was less patient.', '"Nobody listens," he said.'], 'Nobody listens')).toBe('Olaf Quist');
  expect(speakerOf(['Mara Quist, an analyst, studies ports. Her father, Olaf Quist, was born in Bergholm.', '"Nobody listens," he said.'], 'Nobody listens')).toBe('Olaf Quist');
});
