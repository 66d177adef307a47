import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names): a relation "of"/"for" someone named with their own trade between.
describe('"The parents of missing student NAME said": the trade between "of" and the name is the named one\'s', () => {
  it('is not the named student\'s', () => {
    expect(speakerOf(['The parents of missing student Arvid Holmqvist said in a statement: "Arvid, come home."'], 'Arvid, come home')).not.toBe('Arvid Holmqvist');
  });
  it('nor after "the" and an adjective ("the son of the late painter NAME")', () => {
    expect(speakerOf(['The son of the late painter Greta Lund said: "Mum hated openings."'], 'Mum hated openings')).not.toBe('Greta Lund');
  });
  it('nor for "Lawyers for jailed activist NAME" and "Campaigners for the missing student NAME"', () => {
    expect(speakerOf(['Lawyers for jailed activist Emil Sand said: "He will appeal."'], 'He will appeal')).not.toBe('Emil Sand');
    expect(speakerOf(['Campaigners for the missing student Anna Voss said: "Keep looking."'], 'Keep looking')).not.toBe('Anna Voss');
  });
  it('while a field of work or a body there is the speaker\'s own title', () => {
    expect(speakerOf(['Head of research Ana Teller said: "The data is clear."'], 'The data is clear')).toBe('Ana Teller');
    expect(speakerOf(['Minister for health Ola Brekk said: "Beds are coming."'], 'Beds are coming')).toBe('Ola Brekk');
  });
});

describe('"Mother of two NAME said": how many children a parent has describes the parent named after it', () => {
  it('gives the words to the parent named, not to a "Mother" nor to no one', () => {
    expect(speakerOf(['Mother of two Keela Orrin said: "Where do we go now?"'], 'Where do we go now')).toBe('Keela Orrin');
    expect(speakerOf(['"Where do we go now?" asked father-of-three Tam Orrin.'], 'Where do we go now')).toBe('Tam Orrin');
  });
});
