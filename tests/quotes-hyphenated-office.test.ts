import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { parseSpeakerPhrase } from '../src/quotes/speaker-phrases.ts';

// Passages written for these tests: an office written with a hyphen ("vice-chancellor", "deputy-governor",
// "editor-in-chief") is read as the same office with spaces, so "the vice-chancellor said" finds its holder.
describe('hyphenated offices', () => {
  it('"the vice-chancellor said" is the professor given that office before', () => {
    const paras = ['The vice-chancellor, Professor Halvard Quist, says the campus is crumbling.', '"Our students deserve better buildings," the vice-chancellor said.'];
    expect(speakerOf(paras, 'better buildings')).toBe('Halvard Quist');
  });
  it('"the vice-chancellor said" after "NAME, the vice-chancellor of X,"', () => {
    const paras = ['Halvard Quist, the vice-chancellor of Brantwick University, spoke on Monday. "Our students deserve better buildings," the vice-chancellor said.'];
    expect(speakerOf(paras, 'better buildings')).toBe('Halvard Quist');
  });
  it('"the editor-in-chief said" after "Editor-in-chief NAME"', () => {
    const paras = ['Editor-in-chief Corwin Ashby said on Friday that the paper would appeal.', '"We stand by our reporting," the editor-in-chief said.'];
    expect(speakerOf(paras, 'our reporting')).toBe('Corwin Ashby');
  });
  it('"the vice-president said" after "Vice-President NAME"', () => {
    const paras = ['Vice-President Oriel Danmark met the envoys on Monday.', '"We have not decided yet," the vice-president said.'];
    expect(speakerOf(paras, 'not decided')).toBe('Oriel Danmark');
  });
  it('a title with "-in-chief" before a name is the role, not part of the name', () => {
    expect(parseSpeakerPhrase('Editor-in-chief Corwin Ashby')).toMatchObject({ type: 'name', name: 'Corwin Ashby', role: 'Editor-in-chief' });
    expect(parseSpeakerPhrase('the deputy-governor')).toMatchObject({ type: 'description', text: 'the deputy-governor', head: 'governor' });
  });
  it('the higher office is still not the deputy: "the chancellor" is no vice-chancellor', () => {
    const paras = ['The vice-chancellor, Professor Halvard Quist, says the campus is crumbling.', '"Our students deserve better buildings," the chancellor said.'];
    expect(speakerOf(paras, 'better buildings')).not.toBe('Halvard Quist');
  });
});
