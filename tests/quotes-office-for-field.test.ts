import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences written for these tests (invented names): an office "for" its field before a full name ("Minister for
// Ports NAME") is the person's title, as an office "of" a body is; the person speaks, and "the minister" after is him.
describe('"Minister for FIELD NAME said ..."', () => {
  it('credits the person, not a body named by the whole phrase', () => {
    expect(speakerOf(['Minister for Ports Lars Holm said the deal was "a disgrace".'], 'disgrace')).toBe('Lars Holm');
  });

  it('ties "the minister" and "he" after to the person', () => {
    expect(speakerOf(['Minister for Ports Lars Holm struck a sharper tone. Speaking later, the minister said deals "only pour oil".'], 'pour oil')).toBe('Lars Holm');
    expect(speakerOf(['Minister for Ports Lars Holm struck a sharper tone. "No deal," he said.'], 'No deal')).toBe('Lars Holm');
  });
});
