import { expect, it } from 'vitest';
import { namedInParagraph } from '../src/quotes/named-in-paragraph.ts';
import { speakersByOpening } from './helpers/quotes.ts';

/** Each quote's opening words and the speaker credited with it. */
const speakers = (paras: string[]) => speakersByOpening(paras, 'p', '2025-05-01');

it('gives "the president" to the one president its paragraph has just named, not one who spoke earlier', () => {
  const got = speakers([
    'Brazilian President Rosa Almeida opened the trade fair in Lisbon on Monday. "Our farmers are ready," the president said.',
    'Portugal was the host. The fair ended with a dinner given by President Tomas Vieira of Portugal. "We have waited a decade for this," the president told the guests.',
  ]);
  expect(got.get('Our farmers are')).toBe('Rosa Almeida');
  expect(got.get('We have waited')).toBe('Tomas Vieira');
});

it('reads a bare surname in the paragraph as naming the president it points to', () => {
  const got = speakers([
    'President Elena Marsh of Veldoria met Chilean President Jorge Pardo in Geneva. Marsh said the talks had been "useful."',
    'Pardo had arrived a day late. "We do not sign anything in a hurry," the president told reporters afterwards.',
  ]);
  expect(got.get('We do not')).toBe('Jorge Pardo');
});

it('leaves "the president" to the text when the paragraph names two presidents or used the description before', () => {
  expect(namedInParagraph('Marsh met Pardo.', 'the president', [
    { names: ['Elena Marsh'], value: 'marsh' },
    { names: ['Jorge Pardo'], value: 'pardo' },
  ])).toBeNull();
  expect(namedInParagraph('The president met Pardo.', 'the president', [{ names: ['Jorge Pardo'], value: 'pardo' }])).toBeNull();
  expect(namedInParagraph('Kim Tae-hyo spoke first.', 'the official', [{ names: ['Kim Tae-hyo'], value: 'kim' }])).toBe('kim');
  expect(namedInParagraph('Then Kim spoke.', 'the official', [{ names: ['Kim Tae-hyo'], value: 'kim' }])).toBe('kim');
});

it('takes a name only where it stands whole, as the old expression did (no letter or digit either side, any script)', () => {
  const pardo = [{ names: ['Jorge Pardo'], value: 'pardo' }];
  expect(namedInParagraph('Pardon the delay, said Pardo2.', 'the official', pardo)).toBeNull();
  expect(namedInParagraph('Then Pardo-Ruiz spoke.', 'the official', pardo)).toBe('pardo');
  expect(namedInParagraph('Then éPardo spoke.', 'the official', pardo)).toBeNull();
  expect(namedInParagraph('Then 𝑎Pardo spoke.', 'the official', pardo)).toBeNull();
  expect(namedInParagraph('Then 𝑎 Pardo spoke.', 'the official', pardo)).toBe('pardo');
  expect(namedInParagraph('Pardos and Pardo.', 'the official', pardo)).toBe('pardo');
});
