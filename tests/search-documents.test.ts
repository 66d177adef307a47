import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../src/search/search.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// An article whose subject is in every passage, among articles where the question's other word is common.
const bowl = doc(
  'bowl',
  '2016-02-08',
  [
    'Super Bowl 50 was the championship game of the season. The Broncos beat the Panthers in Super Bowl 50, their third Super Bowl title, and the Broncos defence was named the best of any Super Bowl team.',
    'The Broncos practiced at Stanford University. The team stayed in Santa Clara for the Super Bowl.',
    'The Super Bowl halftime show was headlined by a band, and Super Bowl advertisements cost millions; the Broncos fans filled the stadium.',
  ],
  { title: 'Super Bowl 50' },
);
const others = [
  doc('clinic', '2016-01-01', ['The practice of medicine in the city grew.', 'A new clinic opened its practice to patients.', 'Doctors in private practice earn more.']),
  doc('music', '2016-01-02', ['The orchestra holds practice every morning.', 'Practice rooms were added to the hall.', 'Pianists practice scales for hours.']),
  doc('law', '2016-01-03', ['The law firm expanded its practice.', 'Legal practice changed with the internet.', 'A judge criticised the practice of plea deals.']),
];

describe('the passages of one document among many', () => {
  it('are told apart by the words rare within the document, not only over the corpus', () => {
    const docs = [bowl, ...others];
    const index = SearchIndex.build(passagesOf(...docs), docs);
    const results = index.ask('Where did the Broncos practice for the Super Bowl?', 3);
    // Over the corpus "Broncos", "Super" and "Bowl" are rare and "practice" common, so the corpus's weights
    // alone put the passage with the most "Super Bowl" first (bowl#p1) and this one last of the three.
    expect(results[0]?.passage).toBe('bowl#p2');
    expect(results.map((r) => r.passage)).toEqual(['bowl#p2', 'bowl#p1', 'bowl#p3']);
  });

  it('leave the document the corpus picks first: a question about the other articles still finds them', () => {
    const docs = [bowl, ...others];
    const index = SearchIndex.build(passagesOf(...docs), docs);
    expect(index.ask('Which rooms were added for practice in the hall?', 3)[0]?.passage).toBe('music#p2');
  });
});

describe('words of a question word’s commonest WordNet senses', () => {
  it('are evidence in a sentence: they decide between passages that match the question alike', () => {
    const d = doc('w', '2023-09-14', ['Officials in Seoul spoke about the plan on Monday.', 'Officials in Seoul were doubting the plan on Monday.']);
    const index = SearchIndex.build(passagesOf(d), [d]);
    const results = index.ask('Were officials in Seoul skeptical of the plan?', 2);
    expect(results[0]?.passage).toBe('w#p2');
    expect(results[0]?.highlight).toBe('Officials in Seoul were doubting the plan on Monday.');
  });

  it('never find a passage by themselves', () => {
    const d = doc('v', '2023-09-14', ['The ministers were questioning everything.', 'The weather was fine.']);
    const index = SearchIndex.build(passagesOf(d), [d]);
    expect(index.ask('Is anyone skeptical?', 3)).toEqual([]);
  });
});
