import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { parseSubjectPhrase } from '../src/quotes/speaker-phrases.ts';

// Passages written for these tests (invented names and places).
describe('a clergy title fits a clergyman noun', () => {
  it('"the Rev. NAME" then "the minister said" is that person', () => {
    expect(speakerOf(['The Rev. Ada Marsh leads a chapel by the docks. "We open the hall every night," the minister said.'], 'We open the hall every night')).toBe('Ada Marsh');
  });
  it('"the father said" is not read as the clergy title', () => {
    expect(speakerOf(['The Rev. Ada Marsh leads a chapel by the docks. "We open the hall every night," the father said.'], 'We open the hall every night')).not.toBe('Ada Marsh');
  });
});

describe('a fronted phrase with no comma before a described subject', () => {
  it('"On Friday a harbour official told me ..." sets the official up for "she said"', () => {
    expect(speakerOf(['On Friday a harbour official told me the ferry would be late. "Nobody here expected the storm," she said.'], 'Nobody here expected the storm')).toBe('a harbour official');
  });
  it('with a clause set off after the description', () => {
    expect(speakerOf(['Over coffee on Monday a port inspector, who asked not to be named, told me the cranes were idle. "We wait for ships," he said.'], 'We wait for ships')).toBe('a port inspector');
  });
  it('a run-on phrase before an article is no part of the description', () => {
    expect(parseSubjectPhrase('Tuesday a port official')).toMatchObject({ type: 'description', text: 'a port official' });
    expect(parseSubjectPhrase('After a long wait a port official')).toMatchObject({ type: 'description', text: 'a port official' });
    expect(parseSubjectPhrase('the head of a ferry company')).toMatchObject({ type: 'description', text: 'the head of a ferry company' });
    // A verb before the article makes a clause, whose object is no subject.
    expect(parseSubjectPhrase('An old post quoted the mayor')).not.toMatchObject({ text: 'the mayor' });
  });
  it('a phrase ending in a preposition before the article is not cut there', () => {
    const paras = ['Ona Prell is one of the crane drivers who heard the news at the dock. After nine years on the night shift, she earns more than her father did.', 'When she heard it, all she could do was laugh. "I loved it," she said.'];
    expect(speakerOf(paras, 'I loved it')).toBe('Ona Prell');
  });
});

describe('one who calls the writer is set up to speak', () => {
  it('"A customs officer rang me from the border." then "he said"', () => {
    expect(speakerOf(['A customs officer rang me from the border on Sunday. "The queue is ten miles long," he said.'], 'The queue is ten miles long')).toBe('a customs officer');
  });
  it('"An aide telephoned on Friday." then "she said"', () => {
    expect(speakerOf(['An aide telephoned on Friday. "The vote will be close," she said.'], 'The vote will be close')).toBe('an aide');
  });
});

describe('a credit set off by commas inside the writer\'s clause', () => {
  it('"The ferry, said NAME, was "..."" is the one named', () => {
    expect(speakerOf(['The ferry, said Ola Brandt, was "late again and half empty".'], 'late again and half empty')).toBe('Ola Brandt');
  });
  it('a description with where the source is', () => {
    expect(speakerOf(['The mayor, said the reporter on the local radio, was "visibly shaken" by the news.'], 'visibly shaken')).toBe('the reporter on the local radio');
  });
});
