import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (a probe science report, session 35): a plural possessive's apostrophe
// inside a body's name ("the Growers' Federation") is no quote mark, and the name after it is no speaker.
describe("a body's name with a plural possessive", () => {
  it('"A spokesperson for the Growers\' Federation said members were "..."."', () => {
    const paras = ['The orchards lost half their crop to frost.', 'A spokesperson for the Growers\' Federation said members were "worried but not beaten".'];
    expect(speakerOf(paras, 'worried but not beaten')).toBe("a spokesperson for the Growers' Federation");
  });
  it('"A spokesman for the Anglers\' Guild said: "..."', () => {
    const paras = ['The river was closed to fishing on Friday.', 'A spokesman for the Anglers\' Guild said: "Nobody told us anything."'];
    expect(speakerOf(paras, 'Nobody told us anything')).toBe("a spokesman for the Anglers' Guild");
  });
});
