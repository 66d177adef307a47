import { describe, it, expect } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';
import { reportedClausePronoun } from '../src/quotes/reported-clause-pronoun.ts';

// Passages written for these tests (invented people, places and bodies): two people of one surname written family
// name first, a man whose sex the text never tells and a woman it has called "she"; a bare surname later.
const opening = [
  'The trade minister, Seo Ga-eun, told a briefing that the ministry was "watching closely". "We do not guess," she said.',
  'Rep. Han Min-jae of the Unity Party, who sits on the trade committee, went further. "Every assumption we made is out of date," Han said at a committee session.',
  'Han Ye-rin, a senior fellow at the Sora Institute, is no relation to the lawmaker. She has spent a decade tracking freight. "The wagons were moving long before the handshakes," she said.',
  'At the port, officials counted the wagons again.',
];

describe('a bare surname whose own reported clause says "she"', () => {
  it('is the namesake told to be a woman, past a clause set off and a first reported clause', () => {
    const paras = [...opening, 'Han, who was a visiting researcher in Tarnova in 2019, said the cranes had been "already half-idle" before the war, and that she doubted the port could pay.'];
    expect(speakersByQuote(paras).get('already half-idle')).toBe('Han Ye-rin');
  });
  it('is her when the pronoun follows the verb, though another woman spoke paragraphs before', () => {
    const paras = [...opening, 'Han said she doubted the port could pay, calling the cranes "idle since spring".'];
    expect(speakersByQuote(paras).get('idle since spring')).toBe('Han Ye-rin');
  });
  it('is not settled so when another woman is named in the paragraph, whom "she" may be', () => {
    const paras = [...opening, 'Han said Seo Ga-eun had called the cranes "idle since spring", and that she doubted the port could pay.'];
    expect(speakersByQuote(paras).get('idle since spring')).not.toBe('Han Ye-rin');
  });
});

describe('"she said" after a bare surname opening its sentence behind a phrase of place', () => {
  it('goes to no one when the man of the surname is of no sex told: not to him', () => {
    const paras = [...opening, 'Back at the Sora Institute, Han was unconvinced that the summit would change much. "Watch the bridge, not the podium," she said.'];
    expect(speakersByQuote(paras).get('Watch the bridge, not the podium')).toBeNull();
  });
});

describe('reportedClausePronoun', () => {
  it('reads the pronoun of a second reported clause', () => {
    expect(reportedClausePronoun('Han, who taught there, said the cranes were ____ before the war, and that she doubted it.', 'han')).toBe('f');
  });
  it('reads the pronoun right after the verb', () => {
    expect(reportedClausePronoun('Han said he would go.', 'han')).toBe('m');
  });
  it('leaves a clause that names someone before the pronoun', () => {
    expect(reportedClausePronoun('Han said Seo had been wrong, and that she doubted it.', 'han')).toBeNull();
  });
  it('leaves a clause that describes a woman before "she"', () => {
    expect(reportedClausePronoun('Han said the minister\'s wife had been wrong, and that she doubted it.', 'han')).toBeNull();
  });
});

describe('"he wrote" after a bare surname behind a phrase of time, between a father and son of that surname', () => {
  it('leaves the ordinary reading, which follows the son who spoke', () => {
    const paras = [
      'Last week, Peter Varga said that his own rowing club had received "large gifts" from his father.',
      'But now, Peter Varga says he cannot name a single time when George Varga had given such a gift. George Varga has given away only a small sum, records show. He gave nothing to the club.',
      'In both cases, Peter Varga spoke as if the money had come from his father.',
      '"My father made the gift. This is why he is the patron," Peter Varga wrote of the 2010 gift.',
      'In 2008, Varga said, the George Varga Trust had made his father a "silver sponsor."',
      '"My father paid the bill," he wrote.',
    ];
    expect(speakersByQuote(paras).get('My father paid the bill')).toBe('Peter Varga');
  });
});
