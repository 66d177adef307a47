import { describe, it, expect } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';
import { namedObject } from '../src/quotes/named-object.ts';

// Passages written for these tests: a first-person essay that brings someone in as "a ROLE named NAME".
describe('"a ROLE named NAME" brought in as an object', () => {
  it('gives the "she said" after it the one named, not the bare description', () => {
    const paras = ['By Ada Lorne', 'I met a guide named Maria Oberg. She was waiting at the gate.', '"You are late," she said.'];
    expect(speakersByStart(paras).get('You are late')).toBe('Maria Oberg');
  });
  it('reads a second description set off before "named"', () => {
    const paras = ['By Ada Lorne', 'In Tarn I had arranged to meet a guide, a Velkish woman from Orme named Liesl Oberg, who had walked groups there for years. She was waiting at the gate.', '"You are late," she said.'];
    expect(speakersByStart(paras).get('You are late')).toBe('Liesl Oberg');
  });
  it('leaves a sentence with two people named, or a subject of its own, alone', () => {
    expect(namedObject('I met a guide named Liesl Oberg and a driver named Piet Maas.')).toBeNull();
    expect(namedObject('Anna Roe hired a guide named Liesl Oberg.')).toBeNull();
    expect(namedObject('They sailed on a ship named Sea Lark.')).toBeNull();
  });
});
