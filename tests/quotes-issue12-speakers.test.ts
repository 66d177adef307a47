import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { parseSpeakerPhrase } from '../src/quotes/speaker-phrases.ts';

// Passages written for these tests (issue 12, never a wrong speaker): constructions in which the speaker the
// sentence seems to offer is not the one whose words stand in quotation marks.
describe('a clause of time whose own subject held an event "in which he" spoke', () => {
  it('gives the quote to that subject, not to the main clause\'s', () => {
    const paras = [
      'Governor Alma Prescott spoke to reporters in Dunmore on Tuesday.',
      'The former governor spoke hours after Mr. Halvorsen, who is seeking the party\'s nomination, held a news conference in which he attacked her record, mocking her budget and flatly saying the state was not "solvent" during her term.',
    ];
    expect(speakerOf(paras, 'solvent')).toBe('Halvorsen');
  });
  it('also when the credit read is the clause\'s own "he"', () => {
    const paras = [
      'Former Governor Adam Pike campaigned for his son in Dunmore on Tuesday.',
      'The former governor spoke hours after Mr. Halvorsen, who has topped the surveys here, gave a press briefing close by in which he pressed his assault on Mr. Pike, deriding his well-known "Balanced Books" vow and bluntly saying the state was not "solvent" during his tenure.',
    ];
    expect(speakerOf(paras, 'solvent')).toBe('Halvorsen');
  });
});

describe('a thing telling someone to do something', () => {
  it('`after the paper\'s editorial telling her to leave her "..."` is neither the subject\'s nor the one told', () => {
    const paras = [
      'Senator Ruth Kellerman toured the flooded valley on Friday.',
      'Kellerman did go to the valley, though only a week after the Valley Ledger\'s editorial telling her to leave her "gilded summer retreat" and visit "the county that needs her most."',
    ];
    expect(speakerOf(paras, 'gilded summer retreat')).toBeNull();
    expect(speakerOf(paras, 'needs her most')).toBeNull();
  });
  it('`She spoke after a letter from the teachers\' union urging her to restore "..."` is not hers', () => {
    const paras = ['Mayor Dorota Wilk defended the budget on Monday. She spoke after a letter from the teachers\' union urging her to restore "every cut classroom."'];
    expect(speakerOf(paras, 'every cut classroom')).toBeNull();
  });
});

describe('an "as X has said" aside', () => {
  it('does not give X the quote of the clause after it', () => {
    const paras = [
      'Candidate Pavel Ostrander spoke at a rally in Milltown on Saturday.',
      'He insulted his rivals, talked over hecklers and even told the crowd that he is not a coward - as Senator Brenda Lusk has said - and he can "promise" that he will win the state.',
    ];
    expect(speakerOf(paras, 'promise')).not.toBe('Brenda Lusk');
  });
  it('still gives X the words the aside frames (`The plan, as X put it, is "..."`)', () => {
    const paras = ['The bridge plan, as Mayor Dorota Wilk put it, is "dead in the water."'];
    expect(speakerOf(paras, 'dead in the water')).toBe('Dorota Wilk');
  });
});

describe('a name a group gives', () => {
  it('`called the "..." by the locals` is not the outlet the sentence cites', () => {
    const paras = ['Harlow County has voted for the winner in every election since 1960. Known for its orchards, with its county seat in Pinefield, called the "Gateway of the West" by the locals, the county seems enamored with Ostrander, according to the Daily Courant.'];
    expect(speakerOf(paras, 'Gateway of the West')).toBeNull();
  });
});

describe('a possessor\'s boasts about doing something', () => {
  it('`mocking Y\'s boasts about being able to strike "..."` is not the mocker\'s', () => {
    const paras = [
      'Senator Brenda Lusk went after her rival at the debate on Thursday night.',
      'And she continued on, mocking Ostrander\'s boasts about being able to strike "a far better bargain" with the union. "I know what a good bargain is," Lusk said.',
    ];
    expect(speakerOf(paras, 'a far better bargain')).not.toBe('Brenda Lusk');
    expect(speakerOf(paras, 'a good bargain')).toBe('Brenda Lusk');
  });
  it('`mocked Y\'s boast about having "..."` is Y\'s', () => {
    const paras = ['Union leader Tomas Ekdal spoke on Monday. Commissioner Greta Lind, meanwhile, mocked Ekdal\'s boast about having "the whole country behind us."'];
    expect(speakerOf(paras, 'the whole country')).toBe('Tomas Ekdal');
  });
  it('`X dismissed the parents\' claims that the plan would "..."` is not X\'s', () => {
    const paras = ['Superintendent Paul Ridley dismissed the parents\' claims that the plan would "destroy the east side."'];
    expect(speakerOf(paras, 'destroy the east side')).toBeNull();
  });
});

describe('an absolute clause "with X posting ... and asking"', () => {
  it('gives the question to X when nobody else is credited', () => {
    const paras = [
      'Governor Tomas Reyburn vetoed the water bill on Monday.',
      'Republicans were fast to pile on, with Representative Carla Mendez posting that the veto was a present to polluters and asking, "Whom does the governor truly serve?"',
    ];
    expect(speakerOf(paras, 'Whom does the governor')).toBe('Carla Mendez');
  });
  it('also after a subject with no speech of its own (`The visit was welcomed, with nurse X posting ... and asking, "..."`)', () => {
    const paras = ['The visit was welcomed online, with nurse Clara Diaz posting a photo of the packed corridors and asking, "Will anything change?"'];
    expect(speakerOf(paras, 'Will anything change')).toBe('Clara Diaz');
  });
});

describe('"It said" after a sentence citing a source "according to"', () => {
  it('is not sure to be the sentence\'s subject', () => {
    const paras = [
      'The bombing killed nine people at the market.',
      'The Crimson Front has previously called for attacks on markets, according to the Brightwater Institute, which tracks militant propaganda. It said members of the banned militia, also known as the CF, were sharing videos of the blast and "cheering the carnage."',
    ];
    expect(speakerOf(paras, 'cheering the carnage')).not.toBe('the Crimson Front');
  });
});

describe('"They" after a body\'s name qualifying its people', () => {
  it('`CFX soldiers mock ... . They state ...` is neither the body CFX nor a phrase with a verb in it', () => {
    const paras = ['The video, released last week, is called Iron Dawn. CFX soldiers jeer at Bravia\'s battle drills in the clip and brag about their drones. They declare their aim is to "finish the job" by spring.'];
    expect(speakerOf(paras, 'finish the job')).toBeNull();
  });
  it('a plural noun and a plain verb before a possessive are no speaker phrase', () => {
    expect(parseSpeakerPhrase('CFX soldiers mock Bravia’s military')).toBeNull();
    expect(parseSpeakerPhrase('CFX soldiers')?.type).toBe('description');
  });
});
