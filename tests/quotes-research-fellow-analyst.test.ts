import { expect, it } from 'vitest';
import { researchFellow } from '../src/quotes/role-fit.ts';
import { speakerOf } from './helpers/quotes.ts';

it('gives the quote after "the analyst paused" to the fellow of a research institute who just spoke', () => {
  const paragraphs = [
    'Dr Tan Bo Ren, a senior fellow at the Marlow Institute of Regional Studies, was more sceptical.',
    '"Korvania needs shells. Any shop will do," Dr Tan said. Asked whether Pelorin could supply enough, the analyst paused. "Enough for a winter, perhaps."',
  ];
  expect(speakerOf(paragraphs, 'Enough for a winter')).toBe('Tan Bo Ren');
});

it('reads a fellow of a research body as an analyst, not any fellow', () => {
  expect(researchFellow('a senior fellow at the Marlow Institute of Regional Studies', 'analyst')).toBe(true);
  expect(researchFellow('a research fellow with the Orvel Centre for Maritime Affairs', 'researcher')).toBe(true);
  expect(researchFellow('a fellow passenger on the night train', 'analyst')).toBe(false);
  expect(researchFellow('a senior fellow at the Marlow Institute', 'officer')).toBe(false);
});

it('leaves "the researcher" to the one the text called a researcher, before a fellow named since', () => {
  const paragraphs = [
    '"Shells are what it needs," said Ada Marn, a researcher at the Velm Centre for Peace Studies.',
    'Ben Cole, a fellow at the Harton Center in Lisk, was more cautious. "We should not assume a deal," he said.',
    'The researcher added that Korvania "has rarely shared its technology".',
  ];
  expect(speakerOf(paragraphs, 'rarely shared')).toBe('Ada Marn');
});

it('gives "the expert" to no one when two fellows of research bodies are at hand', () => {
  const paragraphs = [
    '"It is a patron again," said Ada Marn, a senior fellow at the Velm Institute in Lisk.',
    '"Nothing was signed," said Ben Cole, a visiting fellow at the Harton Center for Strategic Studies.',
    'The expert added: "Korvania loses little."',
  ];
  expect(speakerOf(paragraphs, 'loses little')).not.toBe('Ada Marn');
  expect(speakerOf(paragraphs, 'loses little')).not.toBe('Ben Cole');
});
