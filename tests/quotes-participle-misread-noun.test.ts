import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented members, outlets and schemes): a reporting verb's "-ing" form right
// after the comma that closes a clause of its own, before its object ("piled in, branding the scheme "..."") is the
// participle that hangs on that clause's subject, though the tagger may read it as a noun ("branding").
describe('a reporting participle after a comma, read as a noun by the tagger', () => {
  const paras = [
    'Labour MP Ravi Dowd slammed the plan.',
    "Dowd's pal and fellow backbencher Nessa Pell piled in, branding the scheme \"a con\".",
    'She added: "Nobody believes it."',
  ];
  it('credits the subject of the clause before the comma', () => {
    expect(speakerOf(paras, 'a con')).toBe('Nessa Pell');
  });
  it('and "she added" after it goes on with her', () => {
    expect(speakerOf(paras, 'Nobody believes')).toBe('Nessa Pell');
  });
  it('leaves a noun of the same form that takes no object alone', () => {
    expect(speakerOf(["Nessa Pell hated the branding, the logo and the slogan \"Forward Together\"."], 'Forward Together')).not.toBe('Nessa Pell');
  });
});
