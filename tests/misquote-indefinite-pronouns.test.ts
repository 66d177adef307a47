import { describe, it, expect } from 'vitest';
import { compareClaim } from '../src/quotes/misquote.ts';

// Quotes and claims written for these tests: "-body" and "-one" pronouns are one word said two ways.
describe('indefinite pronouns in -body and -one', () => {
  it('"everybody" for "everyone", "somebody" for "someone", "anybody" for "anyone" is close', () => {
    expect(compareClaim('now everybody wants to see the dock', 'Now everyone wants to see the dock').verdict).toBe('close');
    expect(compareClaim('somebody left the gate open', 'Someone left the gate open.').verdict).toBe('close');
    expect(compareClaim('did anybody ask the pilots', 'Did anyone ask the pilots?').verdict).toBe('close');
  });
  it('another quantity in their place is still different', () => {
    expect(compareClaim('now somebody wants to see the dock', 'Now everyone wants to see the dock').verdict).toBe('different');
    expect(compareClaim('now nobody wants to see the dock', 'Now everyone wants to see the dock').verdict).toBe('different');
  });
});
