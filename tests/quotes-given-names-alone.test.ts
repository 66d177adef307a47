import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Stories that name people by given name alone (students, defectors, children), Korean given names written with
// a hyphen, and first names set off by a description of a person.
describe('people named by a given name alone', () => {
  it('reads a hyphenated Korean given name set off by a description as the one a later "he" means', () => {
    const paragraphs = ['Dae-hoon, a second-year history student, said the canteen had raised its prices again. "Nobody asked us first," he said.'];
    expect(speakerOf(paragraphs, 'Nobody asked us first')).toBe('Dae-hoon');
  });

  it('reads a hyphenated given name after a relation ("His flatmate, Joo-won,")', () => {
    const paragraphs = ['His flatmate, Joo-won, shrugged at the news. "We will see on Monday," he said.'];
    expect(speakerOf(paragraphs, 'We will see on Monday')).toBe('Joo-won');
  });

  it('keeps a later bare use of that given name as the subject a "she" goes on with', () => {
    const paragraphs = [
      'Seo-yeon, a first-year nursing student, left the lecture early.',
      'The dean later apologised for the timetable.',
      'Seo-yeon said she would take the bus home as usual. "The library closes at nine anyway," she said.',
    ];
    expect(speakerOf(paragraphs, 'The library closes')).toBe('Seo-yeon');
  });

  it('reads a known first name set off by "a" and a noun only ever of a person', () => {
    const paragraphs = ['Tomasz, a retired welder, said the yard had been quiet for weeks. "Not one ship since May," he said.'];
    expect(speakerOf(paragraphs, 'Not one ship since May')).toBe('Tomasz');
  });

  it('does not read a country named like a person as one, set off by a noun countries take too', () => {
    const paragraphs = ['Jordan, a close ally, said the talks would resume. "We are ready to host them," he said.'];
    expect(speakerOf(paragraphs, 'We are ready to host them')).toBeNull();
  });

  it('does not take a hyphenated English word whose halves look like syllables for a name', () => {
    const paragraphs = ['Ping-pong, a favourite of the old cadres, returned to the park. "It keeps us young," he said.'];
    expect(speakerOf(paragraphs, 'It keeps us young')).toBeNull();
  });

  it('reads "who gave her name as NAME" after a second description set off by commas', () => {
    const paragraphs = [
      'Another tenant, a woman in her sixties who gave her name as Halina, said she had stopped reading the notices. "They never say anything new," she said.',
    ];
    expect(speakerOf(paragraphs, 'They never say anything new')).toBe('Halina');
  });
});
