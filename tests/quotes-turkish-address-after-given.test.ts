import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a Turkish agency's style, a courtesy word after the given name ("GIVEN Bey",
// "GIVEN Hanım") for someone named in full before: that person, not a new one named "GIVEN Bey".
describe('"GIVEN Bey" / "GIVEN Hanım" after the full name', () => {
  const paras = [
    'Kemal Arslan, a professor at Tarsa University, said the war had changed priorities.',
    '"Stocks are low," Arslan told Marmara.',
    'Kemal Bey said the summit also had a space side. "Pyongyang wants know-how," he said.',
    'Zeynep Oral, a researcher in Izmir, said Russia was turning east.',
    'Zeynep Hanım recalled the train trips. "The train is a tradition," she said.',
    'Orhan Demir, a retired ambassador, said it was bad. "For Seoul, this is the worst," Orhan Bey told Marmara.',
  ];
  it('"GIVEN Bey said .... "...," he said."', () => {
    expect(speakerOf(paras, 'know-how')).toBe('Kemal Arslan');
  });
  it('"GIVEN Hanım recalled .... "...," she said."', () => {
    expect(speakerOf(paras, 'train is a tradition')).toBe('Zeynep Oral');
  });
  it('"...," GIVEN Bey told AGENCY.', () => {
    expect(speakerOf(paras, 'the worst')).toBe('Orhan Demir');
  });
  it('two named in full with that given name: neither is picked for the courtesy form', () => {
    const two = ['Kemal Arslan, a professor, spoke first.', 'Kemal Tunç, a banker, spoke next.', '"It is late," Kemal Bey said.'];
    expect(speakerOf(two, 'It is late')).not.toMatch(/Arslan|Tunç/u);
  });
});
