import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a hearing record whose surname in capitals keeps its "Mc"/"Mac" in small
// letters ("Mr. McGANN."), as the US record prints such names.
describe('a hearing record\'s "Mr. McSURNAME." opens a turn of its own', () => {
  const paras = [
    'HEARING ON HARBOR CRANES',
    'The CHAIRMAN. The subcommittee will come to order. We welcome Mr. Delano Fitch of the Harbor Board and Mr. Ewan McTavish.',
    'Mr. FITCH. Thank you, Mr. Chairman. The port has lost three cranes this year.',
    'Mr. McTAVISH. The cranes were sold, not lost. I have the receipts here.',
    'Mr. FITCH. That is not what the board was told.',
    'Mr. MacLEAN. I yield back the balance of my time.',
  ];
  it('the Mc turn is the Mc member\'s, not the witness\'s before', () => {
    expect(speakerOf(paras, 'cranes were sold')).toBe('Ewan McTavish');
  });
  it('the witness\'s next turn is still his', () => {
    expect(speakerOf(paras, 'not what the board')).toBe('Delano Fitch');
  });
  it('a Mac member never named in full is not the witness before', () => {
    expect(speakerOf(paras, 'I yield back')).not.toBe('Delano Fitch');
  });
  it('a Hansard label "Mr MacLEAN:" is read as the member too', () => {
    const hansard = ['Mr Orrin MacLean, the member for Kestle, rose first.', 'Mr ROE: The harbour needs cranes.', 'Mr MacLEAN: It needs honest accounts more.'];
    expect(speakerOf(hansard, 'honest accounts')).toBe('Orrin MacLean');
  });
});
