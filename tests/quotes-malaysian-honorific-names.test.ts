import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { scanNameMentions } from '../src/quotes/name-mentions.ts';
import { genderOfName } from '../src/quotes/local-speaker.ts';

// Passages written for these tests: Malaysian honours before a name ("Datuk", "Dato' Seri") are titles kept apart
// from the name, so a name written family name first ("Tan Boon Heng") is still read so; an unknown given name
// is not sexed by the father's name after it; "SURNAME, who is not related to X," is the namesake other than X.
describe('Malaysian honours and names', () => {
  it('"Datuk" and "Dato\' Seri" are titles, not part of the name', () => {
    const m = scanNameMentions(['Traders association president Datuk Tan Boon Heng said it.', "Dato' Seri Rahimah Yusri said it."]);
    expect(m.map((x) => x.name)).toEqual(['Tan Boon Heng', 'Rahimah Yusri']);
  });
  it('a bare family name goes to the titled namesake named before, not to one named further on', () => {
    const paras = [
      'Traders association president Datuk Tan Boon Heng said the summit had not changed shipments.',
      '"Our buyers pay on time," said Tan.',
      'Her colleague, Dr Tan Wei Ming, an economist, was more sceptical. "Moscow wants shells," he said.',
      'Tan, who is not related to the association president, said the pivot had produced "more speeches than ships."',
    ];
    expect(speakerOf(paras, 'Our buyers pay on time')).toBe('Tan Boon Heng');
    expect(speakerOf(paras, 'more speeches than ships')).toBe('Tan Wei Ming');
  });
  it('an unknown given name is not sexed by the word after it', () => {
    expect(genderOfName('Zuraini Abdul Karim')).toBeNull();
    expect(genderOfName('Navy SEAL Tom Woods')).toBe('m');
  });
  it('"She said" after a woman whose given name no list holds is hers', () => {
    const paras = [
      'Academic Prof Dr Zuraini Abdul Karim said small states should stay out of it.',
      '"We have no interest in blocs," said Zuraini, who heads a research centre.',
      'She said the country had friends in both capitals. "That is an asset," she said.',
    ];
    expect(speakerOf(paras, 'That is an asset')).toBe('Zuraini Abdul Karim');
  });
});
