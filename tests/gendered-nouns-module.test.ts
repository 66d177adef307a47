import { describe, expect, it } from 'vitest';
import { honorificSex, kinSex, nounSex, titleSex } from '../src/quotes/gendered-nouns.ts';

describe('gendered nouns', () => {
  it('tells a man by his noun', () => {
    for (const w of ['son', 'husband', 'widower', 'king', 'ferryman', 'spokesman', 'stepfather', 'brother-in-law']) expect(nounSex(w)).toBe('m');
  });

  it('tells a woman by her noun', () => {
    for (const w of ['wife', 'widow', 'daughter', 'queen', 'spokeswoman', 'actress', 'heiress', 'mother-in-law']) expect(nounSex(w)).toBe('f');
  });

  it('reads plurals by rule', () => {
    expect(nounSex('businessmen')).toBe('m');
    expect(nounSex('councilwomen')).toBe('f');
    expect(nounSex('wives')).toBe('f');
    expect(nounSex('actresses')).toBe('f');
    expect(nounSex('sons', { plural: false })).toBeNull();
  });

  it('finds no sex in a word of none, nor in look-alikes of -man and -ess', () => {
    for (const w of ['minister', 'person', 'witness', 'business', 'human', 'shaman', 'abdomen', 'congress', 'address', 'Roman']) expect(nounSex(w)).toBeNull();
  });

  it('lets the -man titles women hold too tell no sex when asked', () => {
    expect(nounSex('chairman')).toBe('m');
    expect(nounSex('chairman', { sexlessTitles: true })).toBeNull();
    expect(nounSex('ferryman', { sexlessTitles: true })).toBe('m');
  });

  it('tells kin and honorifics', () => {
    expect(kinSex('stepdaughter')).toBe('f');
    expect(kinSex('nephew')).toBe('m');
    expect(kinSex('chairman')).toBeNull();
    expect(honorificSex('Mr.')).toBe('m');
    expect(honorificSex('Mrs')).toBe('f');
    expect(honorificSex('Dr.')).toBeNull();
  });
});

describe('titleSex', () => {
  it('reads an honorific or a gendered head among the holder own words', () => {
    expect(titleSex('Mr.')).toBe('m');
    expect(titleSex('Mrs')).toBe('f');
    expect(titleSex('Perhaps Mr.')).toBe('m');
    expect(titleSex('Queen')).toBe('f');
    expect(titleSex('spokeswoman')).toBe('f');
    expect(titleSex('a spokesman for Mrs. Varga')).toBe('m');
    expect(titleSex("Oskar Lind's late husband")).toBe('m');
    expect(titleSex('her son-in-law')).toBe('m');
    expect(titleSex('an Oscar-winning actress')).toBe('f');
  });

  it('finds no sex past a preposition, in a possessive, a modifier or a surname in -man', () => {
    expect(titleSex('a lawyer for the widow')).toBeNull();
    expect(titleSex('a senior adviser to Mr. Lind')).toBeNull();
    expect(titleSex("the widow's lawyer")).toBeNull();
    expect(titleSex('a first lady historian')).toBeNull();
    expect(titleSex('Hartman Bank analyst')).toBeNull();
    expect(titleSex('Dr.')).toBeNull();
    expect(titleSex(null)).toBeNull();
  });
});
