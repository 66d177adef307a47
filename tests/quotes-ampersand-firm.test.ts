import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { parseSpeakerPhrase } from '../src/quotes/speaker-phrases.ts';

// Passages written for these tests: a firm named with an ampersand ("Brandvik & Sons") as the one whose people
// wrote, and two names joined by an ampersand that make no firm.
describe('an ampersand between capitalised words joins one firm name', () => {
  it('`analysts at Brandvik & Sons wrote that the slump "..."` credits the analysts at the firm', () => {
    const paras = ['Markets fell sharply on Monday. Analysts at Brandvik & Sons wrote that the slump “looks overdone for now” and kept their forecast.'];
    expect(speakerOf(paras, 'looks overdone')).toMatch(/Brandvik & Sons/u);
  });
  it('reads "economists at the Tallis & Kemp Group" as one description', () => {
    const read = parseSpeakerPhrase('economists at the Tallis & Kemp Group');
    expect(read?.type === 'description' && read.text).toBe('economists at the Tallis & Kemp Group');
  });
  it('"Roe & Doe" alone names no firm and no one person', () => {
    expect(parseSpeakerPhrase('Roe & Doe')).toBeNull();
    const paras = ['The duo took the stage last. Roe & Doe said the tour was “our last one”.'];
    expect(speakerOf(paras, 'our last one')).toBeNull();
  });
});
