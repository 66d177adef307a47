import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people and places): names written as Mongolian names are, a
// patronymic's initial close up to the given name ("Mr. D.Tulga"), with an honorific before them and a lowercase
// occupation before that.
describe('an honorific before an initialled name', () => {
  it('"In PROVINCE, herder Mr. I.NAME, 61, said ...": he is the later "he said", not the man quoted before', () => {
    const paras = [
      'Mr. S.Ochir, an economist at the Steppe Policy Forum, said the talks "changed little."',
      'In Zavkhan province, herder Mr. D.Tulga, 61, said he had heard the news on the radio. "Wool will not sell any better," he said.',
    ];
    expect(speakerOf(paras, 'Wool will not sell')).toBe('D.Tulga');
  });

  it('"The herder shook his head." after his daughter spoke: the herder named before, not the economist', () => {
    const paras = [
      'Mr. S.Ochir, an economist at the Steppe Policy Forum, said the talks "changed little."',
      'In Zavkhan province, herder Mr. D.Tulga, 61, said he had heard the news on the radio. "Wool will not sell any better," he said.',
      'His daughter, T.Solongo, a nursing student, disagreed. "Prices always come back," she said.',
      'The herder shook his head. "Young people are too hopeful," he said.',
    ];
    expect(speakerOf(paras, 'too hopeful')).toBe('D.Tulga');
  });
});
