import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences and names written for these tests: one described opens the sentence with a "who" clause whose verb
// takes a name as its object ("A ministry official who handles Norland"), then a participle set off by commas
// ("speaking on condition of anonymity,") before "said". The name is the clause's object, never the speaker.

describe('a name closing a "who" clause on one described, before a participle set off', () => {
  it('"A ministry official who handles Norland, speaking on condition of anonymity, said" is the official', () => {
    const text = ['A Velmarian Foreign Ministry official who handles Norland, speaking on the usual condition of anonymity, said the ministry was "following the harbour closely," and would say no more.'];
    expect(speakerOf(text, 'following the harbour closely')).toBe('a Velmarian Foreign Ministry official');
  });

  it('a person named as the object is not the speaker either', () => {
    const text = ['A trade envoy who met Orla Brenner, speaking on condition of anonymity, said: "We expect nothing before spring."'];
    expect(speakerOf(text, 'We expect nothing')).not.toBe('Orla Brenner');
  });

  it('a name set off by commas as the subject still speaks', () => {
    const text = ['Orla Brenner, speaking on condition of anonymity, said: "We expect nothing before spring."'];
    expect(speakerOf(text, 'We expect nothing')).toBe('Orla Brenner');
  });
});
