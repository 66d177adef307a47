import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: two people of one surname told apart by what the writer sets off ("no
// relation", "not related to the minister"), a possessive that owns a person, and an aside between subject and verb.
describe('"no relation" after a bare surname', () => {
  it('`Brandt, no relation, said ...` is the Brandt just named, not the one who spoke before', () => {
    const paras = [
      'At the noon briefing, spokesperson Carl Brandt said the port was “closed for repairs.”',
      'Reporters caught Sen. Mona Brandt in the hallway. Brandt, no relation, said she had asked the agency to “reopen the port at once.”',
    ];
    expect(speakerOf(paras, 'reopen the port')).toBe('Mona Brandt');
    expect(speakerOf(paras, 'closed for repairs')).toBe('Carl Brandt');
  });
  it('`Brandt (no relation) told ...` too', () => {
    const paras = [
      '“We will rebuild,” Mayor Olaf Brandt said.',
      'A shopkeeper, Ingrid Brandt, watched from her door. Brandt (no relation) told us the street had been “dead for a month.”',
    ];
    expect(speakerOf(paras, 'dead for a month')).toBe('Ingrid Brandt');
  });
});

describe('a role past a denied relation', () => {
  it('"a lawmaker who is not related to the minister" gives the lawmaker no title of minister', () => {
    const paras = [
      'Trade Minister Pavel Ostrov, who took office last week, told reporters that the tariffs were “a serious matter.”',
      'Lev Ostrov, an opposition lawmaker who is not related to the minister, said the cabinet should act. “We cannot wait,” Ostrov, who chairs the budget committee, said in an interview.',
      'The minister declined to say more. “I will not comment on that,” he said.',
    ];
    expect(speakerOf(paras, 'I will not comment')).toBe('Pavel Ostrov');
  });
});

describe('an aside between subject and verb', () => {
  it('`The minister, for his part, declined ...` keeps the minister as the subject for the "he said" after it', () => {
    const paras = [
      'Trade Minister Pavel Ostrov told reporters that the tariffs were “a serious matter.”',
      '“We cannot wait,” said Boris Lemm, an opposition deputy.',
      'The minister, for his part, declined to say more. “I will not comment on that,” he said.',
    ];
    expect(speakerOf(paras, 'I will not comment')).toBe('Pavel Ostrov');
  });
});

describe('a possessive owning a person', () => {
  it('`Piet Vos\'s sister does the talking. ... she called it "..."` is not Piet Vos\'s', () => {
    const paras = ['Piet Vos’s sister does the talking. In May she called the plan “a dangerous game.”'];
    expect(speakerOf(paras, 'a dangerous game')).not.toBe('Piet Vos');
  });
  it('a possessive owning words still names its owner: `Ada Roe\'s own words were read out. "...," she said`', () => {
    const paras = ['Ada Roe’s own words were read out at the hearing. “I regret nothing,” she said.'];
    expect(speakerOf(paras, 'I regret nothing')).toBe('Ada Roe');
  });
});

describe('"Per" opening a sentence is "according to"', () => {
  it('`Per spokesperson NAME, in a statement sent at 1:40 pm: "..."` is that person\'s', () => {
    const paras = ['Per spokesperson Ivo Marsh, in a statement sent to reporters at 1:40 pm: “The port is shut for good now.”'];
    expect(speakerOf(paras, 'shut for good')).toBe('Ivo Marsh');
  });
  it('`Per NAME: "..."`, with no channel', () => {
    expect(speakerOf(['Per Ivo Marsh: “The port is shut again.”'], 'shut again')).toBe('Ivo Marsh');
  });
  it('"per" inside a sentence is no source', () => {
    expect(speakerOf(['Fees rose to ten euros per ton, “a fair price,” Ida Lunde said.'], 'a fair price')).toBe('Ida Lunde');
  });
});
