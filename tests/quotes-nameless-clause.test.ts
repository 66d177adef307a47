import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Constructions where the speaker is plain to a reader but was missed: a name after a fronted clause of time, a
// description before a name set off after "But", and a second verb joined by ", then".
describe('a name after a fronted clause of time that names no one', () => {
  it('is the one a "she" in the next sentence means', () => {
    const by = speakersByQuote(['When the hall emptied, Ann Vik stayed behind. "I had nowhere to be," she said.']);
    expect(by.get('I had nowhere to be')).toBe('Ann Vik');
  });
  it('also after "As"', () => {
    const by = speakersByQuote(['Ivo Brandt left early. As the lamps went out, Ann Vik stayed behind. "I had nowhere to be," she said.']);
    expect(by.get('I had nowhere to be')).toBe('Ann Vik');
  });
  it('not when the clause brings in someone by a pronoun', () => {
    const by = speakersByQuote(['Ann Vik had spoken first. When she left, Mara Olsen stayed behind. "I had nowhere to be," she said.']);
    expect(by.get('I had nowhere to be')).not.toBe('Ann Vik');
  });
});

describe('a description and its name set off after a lead-in, before a colon', () => {
  it('"But the fitter, Ivo Brandt, disagreed:" credits the name', () => {
    const by = speakersByQuote(['The crew argued for an hour. But the fitter, Ivo Brandt, disagreed: "The seals will hold."']);
    expect(by.get('The seals will hold')).toBe('Ivo Brandt');
  });
});

describe('a second verb of speech joined by ", then"', () => {
  it('"He stopped, then added:" is the clause subject\'s', () => {
    const by = speakersByQuote(['Ivo Brandt, the harbour master, spoke to the crew on Friday. He stopped, then added: "We go on Monday."']);
    expect(by.get('We go on Monday')).toBe('Ivo Brandt');
  });
  it('not past a fronted clause with another name in it', () => {
    const by = speakersByQuote(['Ivo Brandt and Per Lund spoke on Friday. When Lund left, the harbour master paused, then added: "We go on Monday."']);
    expect(by.get('We go on Monday')).not.toBe('Per Lund');
  });
});

describe('a participle of doing something set off after a name, opened by an adverb', () => {
  it('"NAME, also campaigning in PLACE, said ... and accused him of "..."" credits the name', () => {
    const by = speakersByQuote(['Liberal leader Mara Olsen, also campaigning in Linden, said Lund is responsible and accused him of "playing games".']);
    expect(by.get('playing games')).toBe('Mara Olsen');
  });
});

describe('an inverted introduction of posture and place', () => {
  it('"Sitting in the second row was NAME, ..." is the one a "she" next means', () => {
    const by = speakersByQuote(['Sitting in the second row was Mara Olsen, 58, a retired nurse. "I came for the truth," she said.']);
    expect(by.get('I came for the truth')).toBe('Mara Olsen');
  });
});

describe('a plural\'s bare reporting verb closing a credit after a quote', () => {
  it('"...," the Norlanders state in the report.', () => {
    const by = speakersByQuote(['"The numbers do not add up," the Norlanders state in the report.']);
    expect(by.get('The numbers do not add up')).toBe('the Norlanders');
  });
  it('not a noun of a compound subject: "...," the authors state media said', () => {
    const by = speakersByQuote(['"The numbers do not add up," the authors state media said.']);
    expect(by.get('The numbers do not add up')).not.toBe('the authors');
  });
});

describe('a fronted clause whose noun has a name set off after it', () => {
  it('does not read the name in apposition as the main clause subject', () => {
    const paragraphs = [
      'Harbour master Ilse Varga has stepped down after nine years.',
      'When the head of the port board, Tilde Markus, asked Varga whether she would stay on, she said: "I am done with tides."',
    ];
    expect(speakersByQuote(paragraphs).get('I am done with tides')).not.toBe('Tilde Markus');
  });
});
