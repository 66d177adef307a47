import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Session 56 (h6): a paragraph of words alone, after a paragraph of reported speech and before one that gives the
// words their source, is the source's, not the one whose speech the paragraph above reported.

it('gives a block of words to the one "That is how NAME describes ..." names below it', () => {
  const paras = [
    'The province’s governor, Teodoro Brambilla, promised help in November.',
    '"The ice came before the harvest. We lost the vines on the north slope. My grandfather never saw anything like it."',
    'That is how Ilario Ventimiglia, a grower, describes the year.',
  ];
  expect(speakerOf(paras, 'The ice came before')).toBe('Ilario Ventimiglia');
});

it('gives a block of words to the one a paragraph opening on a lowercase "said NAME" names', () => {
  const paras = [
    'The hostel’s treasurer, Piet Ouwehand, thanked the volunteers.',
    '"We fill every bed by eight. The rest sleep in the station. I know most of their names by now."',
    'said Marijke Stoutjesdijk, who has run the hostel since 2009.',
  ];
  expect(speakerOf(paras, 'We fill every bed')).toBe('Marijke Stoutjesdijk');
});

it('gives no one a block whose source below is described, not named', () => {
  const paras = [
    'The province’s governor, Teodoro Brambilla, promised help in November.',
    '"The ice came before the harvest. We lost the vines on the north slope."',
    'That is how one grower put it.',
  ];
  const got = speakerOf(paras, 'The ice came before');
  expect(got === null || got === 'one grower').toBe(true);
});

it('keeps a block of words alone with the reported speech above it when nothing below sources them', () => {
  const paras = [
    'The province’s governor, Teodoro Brambilla, said help would come in November.',
    '"The ice came before the harvest. We will not leave the growers alone."',
    'The vineyards of the north slope were the worst hit.',
  ];
  expect(speakerOf(paras, 'The ice came before')).toBe('Teodoro Brambilla');
});

it('gives a block of words after another’s quote to the one a lowercase "said NAME" paragraph names below it', () => {
  const paras = [
    '"We need a second ferry," said the harbour master, Eluned Prothero.',
    '"The queue starts at five. Nobody sleeps on this island in August."',
    'said the ferryman, Gethin Llewelyn-Bowen, who has crossed the strait for 30 years.',
  ];
  expect(speakerOf(paras, 'We need a second ferry')).toBe('Eluned Prothero');
  expect(speakerOf(paras, 'The queue starts at five')).toBe('Gethin Llewelyn-Bowen');
});

it('keeps a block of words going on from another’s quote when nothing below sources them', () => {
  const paras = [
    '"We need a second ferry," said the harbour master, Eluned Prothero.',
    '"The queue starts at five. Nobody sleeps on this island in August."',
    'The council meets on Tuesday.',
  ];
  expect(speakerOf(paras, 'The queue starts at five')).toBe('Eluned Prothero');
});
