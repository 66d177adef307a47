import { describe, it, expect } from 'vitest';
import { parseSpeakerPhrase } from '../src/quotes/speaker-phrases.ts';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests, in the styles of state media, meetings records and press conferences:
// offices written as runs of titles, and subjects set off from their verbs.

describe('a run of titles ending in an office is a description, never a name', () => {
  it('reads "Comrade General Secretary" and "Deputy Prime Minister" as descriptions of their holders', () => {
    for (const phrase of ['Comrade General Secretary', 'Deputy Prime Minister', 'Chief Cabinet Secretary']) {
      expect(parseSpeakerPhrase(phrase)).toMatchObject({ type: 'description', kind: 'unnamed' });
    }
    // A surname after a title stays a name, an abbreviated one too, and an office that is also a surname.
    expect(parseSpeakerPhrase('General Petrov')).toMatchObject({ type: 'name', name: 'Petrov', kind: 'person' });
    expect(parseSpeakerPhrase('Rep. King')).toMatchObject({ type: 'name', name: 'King', kind: 'person' });
  });
  it('never gives the second part of a split quote to a person called "Secretary"', () => {
    const text = [
      'Dear Comrade Han Sol, general secretary of the Estmark Workers\' Union, received the visiting delegation in Talvik.',
      '"The union will always back the strike," the respected Comrade General Secretary said, "and will stand with the dockers."',
    ];
    expect(speakerOf(text, 'and will stand with the dockers')).not.toBe('Secretary');
    expect(speakerOf(text, 'and will stand with the dockers')).not.toBe('Comrade General Secretary');
  });
});

describe('a description set off from its verb by a participle is the subject of its sentence', () => {
  it('gives "the official said" to the official the sentence before opened with', () => {
    const text = [
      'Mayor Ilse Brandt said she saw "no reason" to close the port.',
      'A senior harbour official, speaking on condition of anonymity, said the cranes had not moved yet. "It is too early to say what was agreed," the official said.',
    ];
    expect(speakerOf(text, 'too early to say')).toBe('a senior harbour official');
  });
  it('does so through a relative clause too, and not for a group', () => {
    const one = ['A senior harbour official, who declined to be named, said the cranes had stopped. "Nothing moves," the official said.'];
    expect(speakerOf(one, 'Nothing moves')).toBe('a senior harbour official');
    const several = ['Two harbour officials, speaking on condition of anonymity, said the cranes had stopped. "Nothing moves," the official said.'];
    expect(speakerOf(several, 'Nothing moves')).not.toBe('Two harbour officials');
  });
});

describe('a meetings record names its speaker before a bracket, a title or after a participle', () => {
  it('gives "he said" to the person named with a capitalised title set off by commas', () => {
    const text = ['IVAN PETROV, Assistant Secretary-General for Ports, Rail and Shipping, said that the office had followed the talks. "Every transfer must respect the rules," he said.'];
    expect(speakerOf(text, 'Every transfer must')).toBe('Ivan Petrov');
  });
  it('reads past a participle\'s clause before the name and a country in brackets after it', () => {
    const text = ['Speaking in exercise of the right of reply, IVAN PETROV (Republic of Estmark and the Northern Isles) said that the visit was normal. "It is none of your business," he said.'];
    expect(speakerOf(text, 'none of your business')).toBe('Ivan Petrov');
  });
  it('takes no clause set off by commas for a title', () => {
    const text = ['Ivan Petrov met Jane Roe on Monday. Tom Wells, when the talks ended, said that the visit was normal. "It is none of your business," she said.'];
    expect(speakerOf(text, 'none of your business')).not.toBe('Tom Wells');
  });
});

describe('"what he called" gives the words to the one who called them', () => {
  it('credits the quote after "what he called" to the pronoun\'s person, and after "what <Name> termed" to the name', () => {
    expect(speakerOf(['Mayor Ilse Brandt condemned what she called "a reckless closure" of the port.'], 'a reckless closure')).toBe('Ilse Brandt');
    expect(speakerOf(['The strike went on. Dockers rejected what Ilse Brandt termed "a fair offer".'], 'a fair offer')).toBe('Ilse Brandt');
  });
  it('leaves labels with no one calling unattributed: "so-called", "what critics call"', () => {
    expect(speakerOf(['Tom Wells said the port was open. The so-called "harbour deal" was signed in May.'], 'harbour deal')).toBeNull();
    expect(speakerOf(['Tom Wells said the port was open. The port has signed what critics call "a sweetheart deal".'], 'a sweetheart deal')).toBeNull();
  });
});

describe('"the representative of <country>" in a meetings record', () => {
  const text = [
    'IVAN PETROV (Republic of Estmark) said that the port belonged to his country. "We accept no lectures," he said. The representative of the Republic of Estmark added that the talks had covered "grain and rail".',
    'JANE ROE (Northern Isles) said that the vote had been watched with alarm. The representative of the Northern Isles said that her Government "will not stand idly by" and would respond.',
  ];
  it('is the delegate named with that country in brackets, and no other delegate', () => {
    expect(speakerOf(text, 'grain and rail')).toBe('Ivan Petrov');
    expect(speakerOf(text, 'will not stand idly by')).toBe('Jane Roe');
  });
  it('speaks whole when the grammar reads only the country after "of"', () => {
    const alone = ['The representative of the Northern Isles said that her Government "will not stand idly by" and would respond.'];
    expect(speakerOf(alone, 'will not stand idly by')).toBe('the representative of the Northern Isles');
  });
});

describe('a quote in a reported clause opening its sentence, credited again after it', () => {
  it('is the words of the clause\'s subject, not of the one who passes them on', () => {
    const text = ['IVAN PETROV (Republic of Estmark) said that the visit was normal.', 'Jane Roe had told the mayor during the talks that the port would "stay open all winter", the representative of the Republic of Estmark recalled.'];
    expect(speakerOf(text, 'stay open all winter')).toBe('Jane Roe');
  });
  it('leaves a quote credited in its own clause alone', () => {
    const text = ['Jane Roe said the port was busy. "It will stay open all winter," Ivan Petrov said.'];
    expect(speakerOf(text, 'stay open all winter')).toBe('Ivan Petrov');
  });
});

describe('a briefing transcript quoting someone else inside a turn', () => {
  it('gives "he told reporters" to the person the turn named just before, not the turn\'s speaker', () => {
    const text = [
      'Tom Wells, the harbour spokesman, briefed reporters.',
      'MR WELLS: Good afternoon. Let me start with the strike.',
      'QUESTION: Tom, do you have a response?',
      'MR WELLS: I think that tells you everything. Mayor Ivan Petrov spoke to this earlier today. "We will judge the union by what it does," he told reporters in Talvik.',
    ];
    expect(speakerOf(text, 'judge the union')).toBe('Ivan Petrov');
  });
});

describe('a description crediting a split quote between its parts', () => {
  it('credits both parts to "the <adjective> <Title>" between them', () => {
    const text = ['Ivan Petrov met Tom Wells on Monday.', '"The union will always back the strike," the respected Comrade General Secretary said, "and will stand with the dockers."'];
    expect(speakerOf(text, 'always back the strike')).toBe('the respected Comrade General Secretary');
    expect(speakerOf(text, 'stand with the dockers')).toBe('the respected Comrade General Secretary');
  });
});
