import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { attributionBefore } from '../src/quotes/attribution.ts';

// Passages written for these tests: the subject of a passive verb of telling ("were told", "are reminded") is
// the one told, so it never speaks the words quoted after it.
describe('the subject of a passive verb of telling is the hearer, not the speaker', () => {
  it('"Subscribers are reminded that files marked "..."" gives the label to no one', () => {
    expect(speakerOf(['Subscribers are reminded that files marked "PROVISIONAL" may still change.'], 'PROVISIONAL')).toBeNull();
  });
  it('"Tenants were told the rent would be "..."" is not the tenants\'', () => {
    expect(speakerOf(['Tenants were told that the new rent would be "fair and final."'], 'fair and final')).toBeNull();
  });
  it('a reporting verb before the passive one still credits its subject', () => {
    expect(speakerOf(['Mayor Ruth Okafor said tenants were warned the dam could "fail without notice."'], 'fail without notice')).toBe('Ruth Okafor');
  });
  it('the active verb keeps its subject', () => {
    expect(speakerOf(['Ruth Okafor told tenants that the new rent would be "fair and final."'], 'fair and final')).toBe('Ruth Okafor');
  });
  it('attributionBefore steps over "were told"', () => {
    expect(attributionBefore('Tenants were told that the new rent would be ')).toBeNull();
  });
});
