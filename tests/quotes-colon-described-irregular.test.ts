import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a clause before a colon, its subject a description with the name set off
// (opened by "One" or "Another", a role after the name), its verb an irregular past tense ("gave", "put").
describe('a described name before a colon clause speaks', () => {
  it('`One early backer, Representative NAME, Republican of Ohio, tried the tactic out ...: "..."`', () => {
    const paras = ["Several echoed the line in assorted ways. One early backer, Representative Lee Zandt, Republican of Ohio, tried the tactic out in a chat with a radio station on Tuesday: ''One could fairly say the governor is timid in his plans.''"];
    expect(speakerOf(paras, 'governor is timid')).toBe('Lee Zandt');
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
