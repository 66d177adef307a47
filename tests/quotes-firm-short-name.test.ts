import { describe, it, expect } from 'vitest';
import { quoteOpeningWith } from './helpers/quotes.ts';
import { firmShortName } from '../src/quotes/body-names.ts';

// Passages written for these tests: a firm named in full once ("Torvik Marrow Holdings") is then called by the
// words before its trade word ("Torvik Marrow"); that short name speaks as the firm, not as a person.
describe("a firm's short name after its full name", () => {
  it('`Torvik Marrow said in a statement that it did "..."` is the firm, an organisation', () => {
    const q = quoteOpeningWith([
      'Torvik Marrow Holdings, which builds ferries, rose 4% on Tuesday.',
      'Torvik Marrow said in a short release that it would “not speak to rumours” about new orders.',
    ]).get('not speak to');
    expect(q.speaker).toBe('Torvik Marrow');
    expect(q.kind).toBe('organisation');
  });
  it('takes the words before the trade word, not from a name opening with a given name', () => {
    expect(firmShortName('Torvik Marrow Holdings')).toBe('Torvik Marrow');
    expect(firmShortName('The Pellan Vast Industries')).toBe('Pellan Vast');
    expect(firmShortName('Jane Roe Consulting')).toBeNull();
    expect(firmShortName('Brask Holdings')).toBeNull();
    expect(firmShortName('Mara Olsen Tallis')).toBeNull();
  });
});
