import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a morning digest's bullets and quote of the day, a toast, a passive clause
// holding a quote before its credit, and "the agency" after a news agency named in full.
describe('a digest line: a name, what the words were about, a colon, the quote', () => {
  const paras = [
    'Here is what the ministers said on Friday:',
    '- **Ostrova**, on the pipeline: "It will be finished by spring."',
    '- Jan Halvorsen on fishing quotas: "We gave away nothing."',
  ];
  it('a bold name set off by a comma speaks the quote after the colon', () => {
    expect(speakerOf(paras, 'It will be finished by spring')).toBe('Ostrova');
  });
  it('a full name without the comma does too', () => {
    expect(speakerOf(paras, 'We gave away nothing')).toBe('Jan Halvorsen');
  });
  it('a heading of common words before "on ...:" names no one', () => {
    expect(speakerOf(['Sanctions on shipping: "We are done with half measures."'], 'We are done with half measures')).toBeNull();
  });
});

describe('a quote credited after a dash, with what it was about after the role', () => {
  it('"— NAME, a role, on what ..." credits the name though the topic has verbs of its own', () => {
    const paras = ['Quote of the day', '"Every bridge has two ends." — Marta Quell, a former harbour pilot, on what the new crossing may cost the ferries'];
    expect(speakerOf(paras, 'Every bridge has two ends')).toBe('Marta Quell');
  });
});

describe('a toast is words spoken', () => {
  it('"X toasted the ..." and "Y toasted ..." each speak their own quote', () => {
    const paras = ['At dinner Ivo Lund toasted the "long friendship of our ports"; Ada Serra toasted "calmer seas".'];
    expect(speakerOf(paras, 'long friendship of our ports')).toBe('Ivo Lund');
    expect(speakerOf(paras, 'calmer seas')).toBe('Ada Serra');
  });
});

describe('a quote inside a passive clause, credited after it', () => {
  const paras = [
    'The port authority\'s director, Lena Brask, took questions on Monday.',
    'Work on the "northern berth" would not be finished this year, she told reporters, "whatever the contractors say."',
  ];
  it('the passive participle is not the credit: the name or pronoun after the comma is', () => {
    expect(speakerOf(paras, 'northern berth')).toBe('Lena Brask');
    expect(speakerOf(paras, 'whatever the contractors say')).toBe('Lena Brask');
  });
  it('a name after the passive clause with an audience after the verb', () => {
    const p = ['Trade in "dual-use goods" was not discussed, Omar Vance told reporters on Tuesday.'];
    expect(speakerOf(p, 'dual-use goods')).toBe('Omar Vance');
  });
});

describe('"the agency" after a news agency named in full', () => {
  it('points back to the agency whose name says it is one, named in the paragraph before', () => {
    const paras = [
      'The minister said the visit was "long overdue," according to the Baltic Coast News Agency.',
      'The agency said the two sides had found "common ground" on fishing.',
    ];
    expect(speakerOf(paras, 'common ground')).toBe('Baltic Coast News Agency');
  });
});

describe('a pronoun opening a clause joined by ", and" repeats the first clause\'s subject', () => {
  it('"STORY: X welcomed Y ..., and when asked ..., he replied: "..."" is X\'s, not the object\'s', () => {
    const paras = [
      'Aaron Fell and Tobias Wren toured the harbour together on Sunday.',
      'STORY: Governor Aaron Fell welcomed Mayor Tobias Wren at the new ferry terminal on Monday, and when asked by a local radio host whether the fares would rise, he replied: "Not this year."',
    ];
    expect(speakerOf(paras, 'Not this year')).toBe('Aaron Fell');
  });
  it('with "but" between the clauses no subject is assumed', () => {
    const paras = [
      'Aaron Fell and Tobias Wren toured the harbour together on Sunday.',
      'STORY: Governor Aaron Fell welcomed Mayor Tobias Wren at the terminal, but when asked about the fares, he replied: "Not this year."',
    ];
    expect(speakerOf(paras, 'Not this year')).toBeNull();
  });
});

describe('"answers" read as a verb after a name', () => {
  it('"Asked about ..., NAME answers: "..."" in a present-tense timeline', () => {
    const paras = ['May 4: Asked about the toll, Mayor Ines Korda answers: "It stays as it is."'];
    expect(speakerOf(paras, 'It stays as it is')).toBe('Ines Korda');
  });
});

describe('a group subject that names one member', () => {
  it('"Others, including NAME of an institute, described it as "..."" is the member\'s', () => {
    const paras = ['Others, including Petra Lindgren of the Institute for Fisheries and Coastal Studies, described the plan as "a quiet surrender".'];
    expect(speakerOf(paras, 'a quiet surrender')).toBe('Petra Lindgren');
  });
  it('two members named give no single speaker', () => {
    const paras = ['Several analysts, including Petra Lindgren and Ivo Marsh, described the plan as "a quiet surrender".'];
    expect(speakerOf(paras, 'a quiet surrender')).not.toBe('Petra Lindgren');
  });
});

describe('a habit\'s "used to" before the reporting verb', () => {
  it('"...," NAME used to tell us is the name\'s', () => {
    const paras = ['"Never buy a boat in spring," Captain Arne Solvik used to tell us.'];
    expect(speakerOf(paras, 'Never buy a boat in spring')).toBe('Arne Solvik');
  });
});
