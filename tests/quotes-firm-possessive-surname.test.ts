import { expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';
import { parseSpeakerPhrase } from '../src/quotes/speaker-phrases.ts';

// Sentences written for these tests: a markets column crediting an analyst named before by the firm's possessive
// and the surname alone ("says Harbor Bank's Lindqvist"), two unrelated analysts sharing a surname told apart by it.
const speakers = (paras: string[]): Map<string, string | null> => speakersByOpening(paras, 'p', '2024-03-01');

it('reads "FIRM\'s SURNAME" as the surname with the firm as its role, but no owner before an adjective', () => {
  expect(parseSpeakerPhrase("Coriander's Maalouf")).toMatchObject({ type: 'name', name: 'Maalouf', role: "Coriander's", kind: 'person' });
  expect(parseSpeakerPhrase("Roe's Irish")).toBeNull();
});

it("credits the one analyst of that surname, and tells two namesakes apart by the firm named beside each", () => {
  const got = speakers([
    '0210 GMT - Port stocks rise. "Cargo is back," says Ana Lund, an analyst at Tarn Securities. (desk@wire.example)',
    '0240 GMT - The krona is steady. "Nothing moves it today," says Per Lund, chief strategist at Brisk Capital. (desk@wire.example)',
    '0300 GMT - Shippers slip. "Rates have peaked," says Mira Saltz of Coriander Research. (desk@wire.example)',
    '0330 GMT - Brisk\'s Lund, by contrast, tells clients to "stay patient" on the krona. (desk@wire.example)',
    '0400 GMT - "Insurers will ask more questions," says Coriander\'s Saltz. (desk@wire.example)',
  ]);
  expect(got.get('Cargo is back')).toBe('Ana Lund');
  expect(got.get('stay patient')).toBe('Per Lund');
  expect(got.get('Insurers will ask')).toBe('Mira Saltz');
});

it('gives the words to neither namesake when the firm is named beside neither', () => {
  const got = speakers([
    '"Cargo is back," says Ana Lund, an analyst at Tarn Securities.',
    '"Nothing moves it today," says Per Lund, chief strategist at Brisk Capital.',
    '"Rates have peaked," says Gale\'s Lund.',
  ]);
  expect(got.get('Rates have peaked')).toBeNull();
});
