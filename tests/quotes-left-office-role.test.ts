import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { leftOfficeRole } from '../src/quotes/left-office-role.ts';

// Passages written for these tests: a person whose introduction says they retired, resigned or stepped down
// as something is the "former" one of that role a later description means.
describe('a role the introduction says its bearer left', () => {
  const role = (s: string, name: string): string | null => leftOfficeRole(s, s.indexOf(name), s.indexOf(name) + name.length);
  it('reads "retired ... as ROLE" after the name and its age', () => {
    expect(role('Mara Olsen, 64, taught in Bergen for a decade and retired in 2019 as ambassador to a Baltic state.', 'Mara Olsen')).toBe('former ambassador');
    expect(role('Tor Vik resigned last year as finance minister.', 'Tor Vik')).toBe('former finance minister');
    expect(role('Tor Vik left the navy as a rear admiral in 2001.', 'Tor Vik')).toBe('former rear admiral');
  });
  it('reads nothing where "as" heads no role, or the verb is another clause\'s', () => {
    expect(role('Tor Vik retired as planned in May.', 'Tor Vik')).toBeNull();
    expect(role('Tor Vik met Ann Lund, who retired as mayor.', 'Tor Vik')).toBeNull();
    expect(role('After the vote, Tor Vik said his brother retired as mayor.', 'Tor Vik')).toBeNull();
  });
  it('"the former ambassador said" is the one who retired as ambassador', () => {
    const paras = [
      'Mara Olsen, 64, taught in Bergen for a decade and retired in 2019 as ambassador to a Baltic state. Piet Aalders, 52, sells boats in Delft.',
      '“I watched the ferries,” Olsen said.',
      '“I watched the prices,” Aalders said.',
      'In Bergen, the harbour is quiet again. “Next year, I will watch the trains,” the former ambassador said.',
    ];
    expect(speakerOf(paras, 'watch the trains')).toBe('Mara Olsen');
  });
});
