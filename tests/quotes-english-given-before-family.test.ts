import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people): Hong Kong writes an English given name before a Cantonese name
// written family name first ("Grace Wong Mei-lan"): her family name is the middle word, so a later "Ms Wong" is
// she, not the "Mr Wong" (Wong Tai-kit) named before her; a bishop's baptismal name so placed is read the same.
it('reads "Ms Wong" as "Grace Wong Mei-lan", not the Mr Wong named before her', () => {
  const paras = [
    'At a trading house in Kowloon, managing director Wong Tai-kit was calm. Mr Wong, who trades copper, has seen many waves of sanctions.',
    '"People panic first and read the rules later," he said.',
    'Economist Grace Wong Mei-lan of Harbour Point Research, who is not related to Mr Wong, said traders were underestimating the risk. "A bank only needs to be uncomfortable," she said.',
    'Ms Wong said the currency peg was safe, but that trade-finance margins had widened. She described the mood among lenders as "quietly nervous."',
    'Mr Wong disagreed. "Grace writes very good reports," he said.',
  ];
  expect(speakerOf(paras, 'quietly nervous')).toBe('Grace Wong Mei-lan');
  expect(speakerOf(paras, 'Grace writes')).toBe('Wong Tai-kit');
});

it('reads "Bishop Oh" after "Bishop Benedict Oh Min-jae" as the bishop', () => {
  const paras = [
    '"Trade does not make weapons holy," Bishop Benedict Oh Min-jae of the Diocese of Nampo said in his homily.',
    'In Harbin, the parish priest, Fr. Ivan Lemko, said attendance had been "normal" that Sunday.',
    'Bishop Oh closed his homily with a line he said he had borrowed from his teacher: "Pray as if the wall will fall tomorrow."',
  ];
  expect(speakerOf(paras, 'Pray as if')).toBe('Benedict Oh Min-jae');
});
