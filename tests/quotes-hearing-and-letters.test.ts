import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a committee hearing's titled names, an unnamed source brought in by a
// description with a capitalised people's word, and a letter quoting someone through "quoted X who said".
describe('an abbreviated title and its spelled-out form are one office', () => {
  const paras = [
    'Sen. Ruth Calder (D-Maine) opened the session. "We have waited long enough," she said.',
    'Gil Calder, a retired port inspector who testified later, told the panel that the cranes were "older than the harbour master."',
    'Senator Calder then asked the witness about the budget.',
    'Calder pushed back on the estimate. "These numbers do not add up," the senator said.',
  ];
  it('"the senator" is the senator its paragraph names, not the witness who shares her surname', () => {
    expect(speakerOf(paras, 'These numbers do not add up')).toBe('Ruth Calder');
  });
  it('the witness keeps his own words', () => {
    expect(speakerOf(paras, 'older than the harbour master')).toBe('Gil Calder');
  });
  it('"Gov." before a name fits "the governor" later in its paragraph', () => {
    const p = ['Gov. Anna Pell (R-Utah) toured the dam on Monday. After the tour Pell took questions. "The spillway will hold," the governor said.'];
    expect(speakerOf(p, 'The spillway will hold')).toBe('Anna Pell');
  });
});

describe('a person brought in by an indefinite description stands between a pronoun and an earlier name', () => {
  it('"a former Russian diplomat ..., who asked not to be named. "...," he said." is not the minister named before', () => {
    const paras = [
      'Interior Minister Pavel Orlov said only that the meeting had been "useful."',
      'A franker account came from a former Russian diplomat I met in Omsk, who asked not to be named. "Nobody in the building believes the official line," he said.',
    ];
    expect(speakerOf(paras, 'Nobody in the building believes')).not.toBe('Pavel Orlov');
  });
  it('the description a "who asked not to be named" clause sets up is the "he" after it, past a clause of meeting the writer', () => {
    const paras = [
      'Interior Minister Pavel Orlov said only that the meeting had been "useful."',
      'A franker account came from a former Russian diplomat I met in Omsk, who asked not to be named. "Nobody in the building believes the official line," he said.',
    ];
    expect(speakerOf(paras, 'Nobody in the building believes')).toBe('a former Russian diplomat');
  });
  it('a lower-case description keeps doing so', () => {
    const paras = [
      'Mayor Ivo Brandt said the flood wall was "finished."',
      'A different view came from a retired engineer who worked on it. "It will not survive a spring tide," he said.',
    ];
    expect(speakerOf(paras, 'It will not survive a spring tide')).not.toBe('Ivo Brandt');
  });
});

describe('"quoted X who said ..." gives the words to X, not to the one quoting', () => {
  it('an indefinite description after "quoted" speaks the quote of its "who said" clause', () => {
    const paras = ['Your reporter Maria Lund also quoted a port official who said the berths had been "booked until spring."'];
    expect(speakerOf(paras, 'booked until spring')).toBe('a port official');
  });
  it('a name after "cited" does too', () => {
    const paras = ['The columnist Ben Ortiz cited Hana Vogel, who said that the plan was "dead on arrival."'];
    expect(speakerOf(paras, 'dead on arrival')).toBe('Hana Vogel');
  });
});

describe('a description does not reach back past a person its own paragraph makes the subject', () => {
  it('"Dale defends ...: "...," the senator says" is not the senator named two paragraphs back', () => {
    const paras = [
      'Sen. Amy Reeve (D-Ore.) has attacked the plan for weeks. "It is a giveaway," she said on Monday.',
      'The ad campaign began on Tuesday in three counties.',
      'Tom Dale, who is running for the open seat, has spent heavily on radio.',
      'Dale defends his record in an advertisement running on local stations: "I kept every promise I made," the senator says.',
    ];
    expect(speakerOf(paras, 'I kept every promise I made')).not.toBe('Amy Reeve');
  });
  it('the senator named paragraphs back is still found when no one else leads the paragraph', () => {
    const paras = [
      'Sen. Amy Reeve (D-Ore.) has attacked the plan for weeks.',
      'The ad campaign began on Tuesday in three counties.',
      'In a radio interview on Wednesday the plan came up again. "It is a giveaway," the senator said.',
    ];
    expect(speakerOf(paras, 'It is a giveaway')).toBe('Amy Reeve');
  });
});

describe('a semicolon opens a clause a reporting verb before it does not govern', () => {
  it('"The remarks ... were reported by agencies; the paper\'s report gave them as "..."" is not the agencies\' nor "the letter"\'s', () => {
    const paras = ['Editor\'s note: The remarks credited to Mayor Holt in the second letter were reported by local radio; our own report of 3 May gave them as "We will open the bridge in June."'];
    const who = speakerOf(paras, 'We will open the bridge in June');
    expect(who === null || who === 'Mayor Holt' || who === 'Holt').toBe(true);
  });
  it('a list of that-clauses after one verb stays the verb\'s', () => {
    const paras = ['Inga Sorel said the talks had been long; that the food was good; and that the harbour would "reopen by spring."'];
    expect(speakerOf(paras, 'reopen by spring')).toBe('Inga Sorel');
  });
});

describe('a fronted "As X has put it, ..." credits the quote in the main clause after it', () => {
  it('"As Jane Roe has put it in another context, the two firms are "..."" is Roe\'s', () => {
    const paras = ['As Ilse Brandt has put it in another context, the two ports are "rivals by geography, partners by need."'];
    expect(speakerOf(paras, 'rivals by geography')).toBe('Ilse Brandt');
  });
  it('not when the main clause has a verb of naming of its own', () => {
    const paras = ['As Ilse Brandt said on Monday, Otto Kern called the merger "a rescue in disguise."'];
    expect(speakerOf(paras, 'a rescue in disguise')).not.toBe('Ilse Brandt');
  });
});

describe('a year after a preposition is no part of the name after it', () => {
  it('"In 2019 Orlov promised the town "..."" is Orlov\'s', () => {
    const paras = ['Mayor Pavel Orlov has run the port for a decade. In 2019 Orlov promised the town "a new pier by spring."'];
    expect(speakerOf(paras, 'a new pier by spring')).toBe('Pavel Orlov');
  });
});
