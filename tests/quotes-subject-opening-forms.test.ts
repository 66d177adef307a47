import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people): openings that say who a sentence is about although no
// name stands as its plain subject, for the "she says" after it.
it('a description set before the pronoun subject is its apposition, not someone new', () => {
  const paras = [
    'Ingrid Vass thinks the deal is small. "It is a sale of old stock," she says.',
    'Tomas Brandl disagrees. A former Austrian envoy who served in Oslo, he sees a longer game. "This is not a single sale," he argues.',
  ];
  expect(speakerOf(paras, 'This is not a single sale')).toBe('Tomas Brandl');
});

it('a name\'s answer as the subject makes that name the one a later pronoun means', () => {
  const paras = [
    'Ingrid Vass thinks the deal is small. "It is a sale of old stock," she says.',
    'Maria Kovac disagrees. "It is the start of something," she argues.',
    'Vass\'s answer is that the stock comes first. "Look at the ledgers," she says.',
  ];
  expect(speakerOf(paras, 'Look at the ledgers')).toBe('Ingrid Vass');
});

it('so does a cleft sentence that picks a person out', () => {
  const paras = [
    'Ingrid Vass thinks the deal is small. "It is a sale of old stock," she says.',
    'Maria Kovac disagrees. "It is the start of something," she argues.',
    'It is Vass who worries most about the ports. If the trade grows, she warns, "every quay will be full by spring."',
  ];
  expect(speakerOf(paras, 'every quay will be full by spring')).toBe('Ingrid Vass');
});

it('and a sentence that opens on whose view it gives', () => {
  const paras = [
    'Ingrid Vass thinks the deal is small. "It is a sale of old stock," she says.',
    'Maria Kovac disagrees. "It is the start of something," she argues.',
    'Tomas Brandl worked on the ferry trade until 2019.',
    'For Vass, the real question is whether anyone can stop it. She doubts it. "The board will write a report," she says.',
  ];
  expect(speakerOf(paras, 'The board will write a report')).toBe('Ingrid Vass');
});
