import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a clause before a colon, its subject a description with the name set off
// (opened by "One" or "Another", a role after the name), its verb an irregular past tense ("gave", "put").
describe('a described name before a colon clause speaks', () => {
  it('`One early supporter, Representative NAME, Republican of Ohio, gave the technique a whirl ...: "..."`', () => {
    const paras = ["Many repeated the message in various forms. One early supporter, Representative Lee Zandt, Republican of Ohio, gave the technique a whirl in an interview with a radio station on Tuesday: ''You can easily argue that the governor is a coward with his policies.''"];
    expect(speakerOf(paras, 'governor is a coward')).toBe('Lee Zandt');
  });
  it('`Another backer, NAME, a lawyer from Leeds, put it bluntly: "..."`', () => {
    const paras = ['Another backer, Jane Corvo, a lawyer from Leeds, put it bluntly: \u201cWe are done waiting.\u201d'];
    expect(speakerOf(paras, 'done waiting')).toBe('Jane Corvo');
  });
  it('`NAME made the point at the rally: "..."`', () => {
    const paras = ['Jane Corvo made the point at the rally in Leeds: \u201cWe are done waiting.\u201d'];
    expect(speakerOf(paras, 'done waiting')).toBe('Jane Corvo');
  });
});
