import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';
import { nameOfKind } from '../src/quotes/body-kind.ts';

const lead = 'The Norlandic Intelligence Service (NIS) briefed lawmakers on Tuesday, according to Rep. Ana Kell, who spoke to reporters afterward.';

describe('"the agency" for a body whose name WordNet files as an agency', () => {
  it('reads "the agency" as the intelligence service named just before', () => {
    const got = speakersByQuote([lead, 'Kell said the North would send shells, which the agency described as "the one thing the army lacks."']);
    expect(got.get('the one thing the army lacks')).toBe('the Norlandic Intelligence Service');
  });

  it('credits neither of two such bodies, nor one when a news agency is named beside it', () => {
    const two = speakersByQuote(['The Norlandic Intelligence Service and the Velmar Intelligence Service briefed lawmakers on Tuesday.', 'Kell said the North would send shells, which the agency described as "the one thing the army lacks."']).get('the one thing the army lacks');
    expect(two).not.toBe('the Norlandic Intelligence Service');
    expect(two).not.toBe('the Velmar Intelligence Service');
    const wire = speakersByQuote([`${lead} The Orsk news agency carried the report.`, 'Kell said the North would send shells, which the agency described as "the one thing the army lacks."']).get('the one thing the army lacks');
    expect(wire).not.toBe('the Norlandic Intelligence Service');
  });

  it('reads the kind of a body from its name as a common noun', () => {
    expect(nameOfKind('the Norlandic Intelligence Service', 'agency')).toBe('sense');
    expect(nameOfKind('Norlandic Revenue Bureau', 'agency')).toBe('sense');
    expect(nameOfKind('People Power Party', 'agency')).toBe(false);
    expect(nameOfKind('Unification Ministry', 'agency')).toBe(false);
  });
});
