import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

it('runs a pronoun on through a sentence the same pronoun reports in an aside', () => {
  const paras = [
    '"The harbour will be busy by spring," said Ingrid Solberg, an economist at the Fjordline Institute.',
    'Solberg, for her part, thinks the boom has limits. Norway, she said, would not want to lean on one port for everything.',
    '"Ports are not sentimental," she said.',
  ];
  expect(speakerOf(paras, 'Ports are not sentimental')).toBe('Ingrid Solberg');
});

it('reads "the elder NAME" for a "he" as the father when the other bearer of the name is a woman the text told', () => {
  const paras = [
    'Mirei Tanabe mends clocks in Nara. "I fix what I can see," she says.',
    'Tanabe grew up in Kobe, where her father, Goro Tanabe, repaired ship engines. He is, she says, why she opens everything. Reached at home, the elder Tanabe was modest about it.',
    '"I only showed her the screws," he said.',
  ];
  expect(speakerOf(paras, 'I only showed her the screws')).toBe('Goro Tanabe');
});

it('takes "His daughter" after the father spoke for the woman the text made his daughter by "her father, NAME"', () => {
  const paras = [
    'Mirei Tanabe mends clocks in Nara. "I fix what I can see," she says.',
    '"She is patient," says Hana Oda, her teacher. Oda, who is 70, still keeps the shop.',
    'Tanabe grew up in Kobe, where her father, Goro Tanabe, repaired ship engines. He is, she says, why she opens everything. Reached at home, the elder Tanabe was modest about it. "I only showed her the screws," he said.',
    'His daughter tells it differently. "He let me take apart the radio," she says.',
  ];
  expect(speakerOf(paras, 'He let me take apart the radio')).toBe('Mirei Tanabe');
});

it('does not give the words after "His daughter tells it differently." to a woman quoted before the father', () => {
  const paras = [
    '"The shop will close by winter," said Hana Oda, who rents the unit next door.',
    'Goro Tanabe shook his head. "We have had worse winters," he said.',
    'His daughter tells it differently. "He let me take apart the radio," she says.',
  ];
  expect(speakerOf(paras, 'He let me take apart the radio')).not.toBe('Hana Oda');
});
