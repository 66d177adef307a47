import { expect, it } from 'vitest';
import { definedTerms } from '../src/quotes/defined-term.ts';
import { speakerOf } from './helpers/quotes.ts';

it('reads the parties a document defines in parentheses, and no dateline agency or language note', () => {
  const terms = definedTerms([
    'IN THE MATTER OF GREYWATER TIMBER LTD (Claimant) and THE RIVER LICENSING BOARD (Defendant)',
    'The lease with Ostmark Holdings (the "Landlord") ran for ten years.',
    'OSLO (Reuters) - The talks went on.',
    'LAVROV (Russian) SAYING:',
  ]);
  expect(terms.get('claimant')).toBe('Greywater Timber Ltd');
  expect(terms.get('defendant')).toBe('River Licensing Board');
  expect(terms.get('landlord')).toBe('Ostmark Holdings');
  expect(terms.has('reuters')).toBe(false);
  expect(terms.has('russian')).toBe(false);
});

it('gives "the Defendant" the party its definition names', () => {
  const paragraphs = [
    'IN THE MATTER OF GREYWATER TIMBER LTD (Claimant) and THE RIVER LICENSING BOARD (Defendant)',
    '4. The Defendant refused the licence in a letter saying that it "cannot license felling on a flood plain."',
  ];
  expect(speakerOf(paragraphs, 'flood plain')).toBe('River Licensing Board');
});
