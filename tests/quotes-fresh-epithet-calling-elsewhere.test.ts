import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// A fresh epithet read back to the one person a profile paragraph brings in ("the retired diplomat") is no safe
// guess when that paragraph tells of a calling the noun stands for that is not that person's role: the driver of an
// ambassador, the wife of an envoy.
const opening = 'ORMSVIK - The old residence on the hill was sold on Thursday.';
const quote = '"I saw every visitor come and go," the retired diplomat said.';

it('leaves the epithet open when the one profiled drove an ambassador', () => {
  const paragraphs = [opening, 'Sander Quell, the ambassador\'s driver for twenty years, retired on Friday.', quote];
  expect(speakerOf(paragraphs, 'I saw every visitor')).not.toBe('Sander Quell');
});

it('leaves the epithet open when the one profiled married an envoy', () => {
  const paragraphs = [opening, 'Marit Osk, who married an envoy in 1971, still lives in the lodge below it.', '"The house was full of secrets," the diplomat said.'];
  expect(speakerOf(paragraphs, 'The house was full')).not.toBe('Marit Osk');
});

it('still reads the epithet back to one whose own role is that calling', () => {
  const paragraphs = [opening, 'Former ambassador Sander Quell, 71, has lived above the harbour for a decade. He heard about the sale on the radio.', quote];
  expect(speakerOf(paragraphs, 'I saw every visitor')).toBe('Sander Quell');
});
