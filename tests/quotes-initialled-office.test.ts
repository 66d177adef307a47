import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { parseSpeakerPhrase } from '../src/quotes/speaker-phrases.ts';
import { scanNameMentions } from '../src/quotes/name-mentions.ts';

// Passages written for these tests: an agency that writes Mongolian names (the patronymic's initial close up to
// the given name) sets the whole office, capitalised and without an article, before the name.
describe('an office set before an initialled name', () => {
  it('the name after a long office with "of ... of" is the speaker, not an owner of the office', () => {
    const paras = ['At a briefing on Monday, Director of the Press Department of the Ministry of Roads of Mongolia T.Sarnai said that the new road "will open in spring".'];
    expect(speakerOf(paras, 'will open in spring')).toBe('T.Sarnai');
  });
  it('an office holding commas of its own, then "the Director" later', () => {
    const paras = [
      'At a briefing on Monday, Director of the Department of Roads, Bridges and Tunnels of the Ministry of Transport D.Tuvshin said that the ministry "has no plans to raise tolls".',
      '"We will keep the roads open," the Director emphasized.',
    ];
    expect(speakerOf(paras, 'no plans to raise tolls')).toBe('D.Tuvshin');
    expect(speakerOf(paras, 'keep the roads open')).toBe('D.Tuvshin');
  });
  it('two people sharing a given name are told apart by their initials', () => {
    const paras = [
      'Researcher at the Institute for Steppe Studies Ts.Narantuya expressed the view that the talks mattered. "Both sides want quiet partners," she said.',
      'Lecturer B.Narantuya shared a different view. "Nothing changed," B.Narantuya said.',
    ];
    expect(speakerOf(paras, 'quiet partners')).toBe('Ts.Narantuya');
    expect(speakerOf(paras, 'Nothing changed')).toBe('B.Narantuya');
  });
  it('reads the office as the role, and the tail of a longer office as no part of the name', () => {
    expect(parseSpeakerPhrase('Head of the Asia division Ch.Bold')).toEqual({ type: 'name', name: 'Ch.Bold', role: 'Head of the Asia division', kind: 'person' });
    expect(parseSpeakerPhrase('former Ambassador of Mongolia to Japan J.Saran')).toMatchObject({ name: 'J.Saran', role: 'former Ambassador of Mongolia to Japan' });
    expect(parseSpeakerPhrase('Roads of Mongolia T.Sarnai')).toMatchObject({ name: 'T.Sarnai', role: null });
    expect(parseSpeakerPhrase('Jane Roe')).toMatchObject({ name: 'Jane Roe' });
  });
  it('mentions the initialled name alone, where it stands', () => {
    const text = 'On Friday, former Ambassador of Mongolia to Japan J.Saran recalled the talks.';
    const [m] = scanNameMentions([text]);
    expect(m?.name).toBe('J.Saran');
    expect(text.slice(m!.at, m!.at + 7)).toBe('J.Saran');
  });
});
