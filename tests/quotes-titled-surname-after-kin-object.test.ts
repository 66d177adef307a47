import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests (invented names): a titled bare surname right after a sentence whose subject,
// a namesake named in full, acts on a relation of their own ("showed her grandmother") is the relation the text
// has already called by that title, not the one just named in full.
describe('a titled surname after a namesake acting on a relation', () => {
  it('"NAME showed her grandmother ... Mrs. X watched it. \'...,\' she said" is the grandmother', () => {
    const paras = [
      'When Choi Mi-ok saw the photographs of the parade, the 90-year-old asked for a map.',
      '"I wanted to see how far it is," Mrs. Choi said through her son, who translated.',
      '"They never came back that summer," Mrs. Choi said.',
      'Her son, Choi Dae-ho, 64, a retired baker, said his mother talks about her younger brother every day.',
      '"She tells the same story with new details," he said.',
      'His daughter, Hana Choi, 31, a nurse in Linden, sees it differently.',
      '"For her it\'s not politics," she said.',
      'Back in the flat, Hana Choi showed her grandmother a film on her phone: the old bridge at Lauenau.',
      'Mrs. Choi watched it three times. Then she gave the phone back.',
      '"Tell the reporter," she said to her granddaughter in Korean, and Hana translated. "Tell them my brother\'s name is Karl."',
    ];
    const said = speakersByQuote(paras);
    expect(said.get('Tell the reporter')).toBe('Choi Mi-ok');
    expect(said.get("For her it's not politics")).toBe('Hana Choi');
  });
});
