import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: invented people, towns and outlets.
describe('"NAME said, as OUTLET reported, "...""', () => {
  it('gives the words to the one who said them, not to the outlet that carried them', () => {
    expect(speakerOf(['Kalla Bren said, as the local agencies reported, "This is our harbour."'], 'This is our harbour')).toBe('Kalla Bren');
  });
  it('reads past a hearer after the verb of saying', () => {
    expect(speakerOf(['Tom Greer told reporters, as Radio Wend noted, "We will build it twice."'], 'We will build it twice')).toBe('Tom Greer');
  });
  it('still gives a fronted "as NAME noted" its words', () => {
    expect(speakerOf(['As Radio Wend noted, "the port is full."'], 'the port is full')).toBe('Radio Wend');
  });
  it('still gives an aside inside the clause its words when no verb of saying comes before it', () => {
    expect(speakerOf(['The port, as Ada Vik put it, is "full to the brim."'], 'full to the brim')).toBe('Ada Vik');
  });
});
