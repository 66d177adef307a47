import { describe, expect, it } from 'vitest';
import { doc } from './helpers/docs.ts';
import { whoSaidOver } from './helpers/quotes.ts';

// An article written for these tests, with invented people: speakers typed as people type them in a chat.
const article = doc('ferry-vote', '2024-10-02', [
  'The island council voted on Monday to keep the winter ferry running.',
  '"The ferry is the only road we have," said Dr. Ines Varga, the island doctor.',
  'A U.N. maritime official, who asked not to be named, said: "Small islands lose their ferries first."',
  'Another reader, Tove from Hallby, emails: "Nobody asked the fishermen what they need."',
  '"We will vote again in spring," said Jonas Hallby, the council chairman.',
]);
const ask = whoSaidOver(article);

describe('who-said: a speaker typed with a full stop, an initialism or a home town', () => {
  it('"dr. varga": a title\'s short form with its full stop is part of the speaker typed', () => {
    const a = ask('did dr. varga say the ferry is the only road we have');
    expect(a.claimedSpeaker).toBe('dr. varga');
    expect(a.matches[0]).toMatchObject({ speaker: 'Ines Varga', verdict: 'same', speakerMatches: true });
  });
  it('"the un maritime official" and "the u.n. maritime official": an initialism typed with or without its stops', () => {
    for (const typed of ['did the un maritime official say small islands lose their ferries first', 'did the u.n. maritime official say small islands lose their ferries first']) {
      expect(ask(typed).matches[0], typed).toMatchObject({ verdict: 'same', speakerMatches: true });
    }
  });
  it('"tove from hallby": a reader typed with the town the text gives her', () => {
    const a = ask('tove from hallby said nobody asked the fishermen what they need');
    expect(a.matches[0]).toMatchObject({ speaker: 'Tove', verdict: 'same', speakerMatches: true });
  });
  it('still tells another speaker apart', () => {
    expect(ask('did dr. hallby say the ferry is the only road we have').matches[0]).toMatchObject({ speaker: 'Ines Varga', speakerMatches: false });
    expect(ask('jonas from hallby said nobody asked the fishermen what they need').matches[0]).toMatchObject({ speaker: 'Tove', speakerMatches: false });
    expect(ask('did the uk maritime official say small islands lose their ferries first').matches[0]?.speakerMatches).not.toBe(true);
  });
});
