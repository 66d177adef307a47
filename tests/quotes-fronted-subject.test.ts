import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { inFrontedClause } from '../src/quotes/fronted-subject.ts';

// Passages written for these tests: a subject inside a fronted clause of time or cause, closed by its comma
// before the main clause, does not speak the quote of the main clause.
describe('the subject of a fronted clause does not speak the main clause\'s quote', () => {
  it('`When smugglers are exposed ..., Jane Roe and Omar Kask call them "..."` is not the smugglers\'', () => {
    const paras = ['Omar Kask spoke first. When smugglers are exposed as part of the ring, Jane Roe and Omar Kask call them “lone rowers” and describe their deeds as mishaps.'];
    expect(speakerOf(paras, 'lone rowers')).not.toBe('terrorists');
  });
  it('`While Kask proclaims the report a "...," Roe fixates on the "..." line` does not give the second to Kask', () => {
    const paras = ['Jane Roe and Omar Kask wrote to each other. While Kask proclaims the report a “terrific piece of work,” Roe fixates on the “harbour tax” line.'];
    expect(speakerOf(paras, 'terrific piece of work')).toBe('Omar Kask');
    expect(speakerOf(paras, 'harbour tax')).not.toBe('Omar Kask');
  });
  it('a subject pronoun opening the main clause still speaks: `When Jane Roe took office, she called it "..."`', () => {
    const paras = ['Omar Kask left in May. When Jane Roe took office in June, she called the plan “a disaster for all of us.”'];
    expect(speakerOf(paras, 'a disaster for all of us')).toBe('Jane Roe');
  });
  it('the main clause\'s own subject still speaks: `After the storm passed, Jane Roe said "..."`', () => {
    const paras = ['After the storm passed, Jane Roe said “the harbour is open again.”'];
    expect(speakerOf(paras, 'harbour is open again')).toBe('Jane Roe');
  });
});

// Passages written for these tests: a quote inside a fronted clause, opened by its own subject's reporting verb
// and comma, is that clause's, not the main clause's.
describe('a quote opened by a reporting verb inside a fronted clause', () => {
  it('`When Jane Roe shouted, "Stop," John Doe laughed.` is Jane Roe\'s', () => {
    const paras = ['When Jane Roe shouted, “Stop,” John Doe laughed.'];
    expect(speakerOf(paras, 'Stop')).toBe('Jane Roe');
  });
  it('`When someone in the crowd shouted, "...," Doe joked, "..."`: the first is not Doe\'s, the second is', () => {
    const paras = ['John Doe spoke for an hour. When someone in the crowd shouted, “Kask,” Doe joked, “Amen, brother! Come on up!”'];
    expect(speakerOf(paras, 'Kask')).not.toBe('John Doe');
    expect(speakerOf(paras, 'Come on up')).toBe('John Doe');
  });
  it('`When asked, "Never," Doe said.` stays Doe\'s: the clause has no subject of its own', () => {
    const paras = ['John Doe was at the port. When asked, “Never,” Doe said.'];
    expect(speakerOf(paras, 'Never')).toBe('John Doe');
  });
});

describe('inFrontedClause', () => {
  it('finds a phrase before the comma closing a fronted clause', () => {
    const s = 'When rebels took the port, Jane Roe and Omar Kask called them "_____"';
    expect(inFrontedClause(s, s.indexOf('rebels'), s.indexOf('"'))).toEqual({ pronoun: null });
  });
  it('is null when the only comma opens the quote', () => {
    const s = 'When he came back he started by saying, "_____"';
    expect(inFrontedClause(s, s.indexOf('he started'), s.indexOf('"'))).toBeNull();
  });
  it('is null for a sentence that opens with no clause of time or cause', () => {
    const s = 'Jane Roe, the mayor, said "_____"';
    expect(inFrontedClause(s, 0, s.indexOf('"'))).toBeNull();
  });
});
