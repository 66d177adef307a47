import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a quote from one member of an unnamed group, credited to "one of them", when
// the group's sentence ends the paragraph before, when the credit is "As one of them put it,", and when the group
// only stands as a sentence's subject ("The farmers I talk to are calmer.") before "One of them told me,".
describe('"one of them" reaches the group of the paragraph before', () => {
  it('"...," one of them said. opening the paragraph after the group\'s sentence', () => {
    const paras = ['Two Estonian pilots told us that Varnsk had asked for fuel.', '"They want everything we have," one of them said.'];
    expect(speakerOf(paras, 'They want everything')).toMatch(/Estonian pilots/u);
  });
  it('"One of them added:" opening the paragraph after it', () => {
    const paras = ['Two Estonian pilots told us that Varnsk had asked for fuel.', 'One of them added: "They want everything we have."'];
    expect(speakerOf(paras, 'They want everything')).toMatch(/Estonian pilots/u);
  });
  it('never the place named inside the reported clause', () => {
    const paras = ['Two Estonian pilots told us that Varnsk had asked for fuel.', '"They want everything we have," one of them said.'];
    expect(speakerOf(paras, 'They want everything')).not.toMatch(/Varnsk/u);
  });
  it('a sentence between the group and the quote leaves it to no one', () => {
    const paras = ['Two Estonian pilots told us that Varnsk had asked for fuel.', 'The harbour master disagreed.', '"They want everything we have," one of them said.'];
    expect(speakerOf(paras, 'They want everything')).toBeNull();
  });
  it('a paragraph with its own words before the quote does not look back', () => {
    const paras = ['Two Estonian pilots told us that Varnsk had asked for fuel.', 'Vera Holm, the envoy, disagreed. "They want everything we have," one of them said.'];
    expect(speakerOf(paras, 'They want everything')).toBeNull();
  });
});

describe('"As one of them put it," before the quote', () => {
  it('credits the group the sentence before has speak', () => {
    const paras = ['Two Estonian pilots told us that Varnsk had asked for fuel. As one of them put it, "They want everything we have."'];
    expect(speakerOf(paras, 'They want everything')).toMatch(/Estonian pilots/u);
  });
  it('no group before: no one', () => {
    const paras = ['The talks in Varnsk ended late. As one of them put it, "It went well."'];
    expect(speakerOf(paras, 'It went well')).toBeNull();
  });
});

describe('"One of them told me," after a group standing as the subject', () => {
  it('a group of the writer\'s contacts', () => {
    const paras = ['The farmers I still talk to are quite open about it. One of them wrote to me last week, "Our barns are not bottomless."'];
    expect(speakerOf(paras, 'Our barns')).toBe('the farmers I still talk to');
  });
  it('a group the speaker owns', () => {
    const paras = ['Our own harbour pilots tell me they have a handful of boats on this. One of them said to me, "We are looking for a needle."'];
    expect(speakerOf(paras, 'looking for a needle')).toMatch(/harbour pilots/u);
  });
  it('a people named by its plural ("The Danes I talk to")', () => {
    const paras = ['The Danes I talk to are calmer. One of them told me, "Shells run out."'];
    expect(speakerOf(paras, 'Shells run out')).toBe('the Danes I talk to');
  });
  it('two people joined are no group', () => {
    const paras = ['Vera Holm and Ivo Tamm met for five hours. One of them told me, "It went well."'];
    expect(speakerOf(paras, 'It went well')).toBeNull();
  });
  it('a group set against another just before leaves "them" to either', () => {
    const paras = ['The Danes I talk to are calmer. The Swedes are not. One of them told me, "Shells run out."'];
    expect(speakerOf(paras, 'Shells run out')).toBeNull();
  });
  it('a second group of people after the subject leaves "them" to either', () => {
    const paras = ['The farmers I talk to say the drivers are tired. One of them told me, "We sleep in shifts."'];
    expect(speakerOf(paras, 'We sleep in shifts')).toBeNull();
  });
});
