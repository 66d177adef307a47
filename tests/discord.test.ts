/**
 * End-to-end: the real bot (discord.js client, the lead's commands, our renderer) against a fake Discord on
 * 127.0.0.1 reached through DISCORD_API_URL. One login serves every test; each test uses its own user so
 * the cooldown of one never touches another. Every body the bot sends is checked against Discord's schema
 * by the fake; a rejected body fails the test (afterEach).
 */
import { Writable } from 'node:stream';
import { SlashCommandBuilder } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadCommands } from '../commands/index.ts';
import { commandName, type Command } from '../src/command.ts';
import type { Config } from '../src/config.ts';
import { DEFER_AFTER_MS, startBot, type RunningBot } from '../src/discord/bot.ts';
import { pageStore } from '../src/discord/buttons.ts';
import { PAGE_SIZE } from '../src/discord/render.ts';
import { createLogger } from '../src/log.ts';
import type { Answer } from '../src/types.ts';
import { HIGHLIGHT, QUOTE, stubEngine } from './fake-discord/engine-stub.ts';
import { autocomplete, botMessage, button, createdAgo, fakeConfig, messageCommand, newUser, slash, type InteractionPayload, type TestUser } from './fake-discord/interactions.ts';
import { FAKE, FakeDiscord, type Recorded } from './fake-discord/server.ts';

interface Body {
  type?: number;
  data?: Msg & { choices?: { name: string; value: string }[] };
}
interface Msg {
  content?: string | null;
  flags?: number;
  embeds?: { title?: string; description?: string; fields?: { name: string; value: string }[]; footer?: { text: string } }[];
  components?: { type: number; components: { type: number; custom_id?: string; label?: string; disabled?: boolean }[] }[];
  allowed_mentions?: { parse?: string[] };
}

let fake: FakeDiscord;
let bot: RunningBot;
let commands: Command[];

/** A command whose answer comes asynchronously, later than the bot may wait before acknowledging. */
const SLOW: Command = {
  definition: new SlashCommandBuilder().setName('slow-test').setDescription('Answers after a while (tests only).'),
  description: 'Answers after a while (tests only).',
  usage: '/slow-test',
  example: '/slow-test',
  run: ({ engine }) => new Promise((resolve) => setTimeout(() => resolve(engine.sources()), DEFER_AFTER_MS + 300)) as unknown as Answer,
};
const logLines: Record<string, unknown>[] = [];

const config = (): Config => fakeConfig(fake.apiUrl);

beforeAll(async () => {
  fake = await new FakeDiscord().start();
  commands = [...(await loadCommands()), SLOW];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of String(chunk).split('\n')) if (line.trim()) logLines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const engine = stubEngine();
  bot = await startBot({
    config: config(),
    engine: () => engine,
    commands,
    logger: createLogger({ level: 'info', destination, token: FAKE.token }),
    cooldown: { limit: 5, windowMs: 60_000 },
    handleSignals: false,
  });
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

afterEach(() => {
  expect(fake.rejections).toEqual([]);
});

/** Sends an interaction and returns what the bot did about it, once the final request has arrived. */
async function send(payload: InteractionPayload, done: (r: Recorded) => boolean): Promise<Recorded[]> {
  fake.dispatch('INTERACTION_CREATE', payload);
  await fake.waitFor((r) => r.token === payload.token && done(r));
  return fake.requestsFor(payload.token);
}

const isEdit = (r: Recorded) => r.method === 'PATCH' && r.path.endsWith('/messages/@original');
const isCallback = (r: Recorded) => r.method === 'POST' && r.path.endsWith('/callback');

/** Runs a command: expects the answer in the interaction callback, private (type 4, flag 64), and nothing else. */
async function command(name: string, options: Record<string, string>, user: TestUser): Promise<Msg> {
  const reqs = await send(slash(name, options, user), isCallback);
  expect(reqs.map((r) => `${r.method} ${isCallback(r) ? 'callback' : r.path} ${r.status}`)).toEqual(['POST callback 204']);
  const body = reqs[0]?.body as Body;
  expect(body.type).toBe(4);
  expect(body.data?.flags).toBe(64);
  return body.data as Msg;
}

function text(m: Msg): string {
  return [m.content ?? '', ...(m.embeds ?? []).flatMap((e) => [e.title ?? '', e.description ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value]), e.footer?.text ?? ''])].join('\n');
}

function buttonsOf(m: Msg) {
  return (m.components ?? []).flatMap((r) => r.components);
}

function expectSafe(m: Msg): void {
  expect(m.allowed_mentions).toEqual({ parse: [] });
  const t = text(m);
  expect(t).not.toMatch(/@(everyone|here)/);
  expect(t).not.toMatch(/<[@#]/);
}

describe('login through DISCORD_API_URL', () => {
  it('fetches /gateway/bot with the token and identifies with only the Guilds intent', () => {
    expect(fake.requests.some((r) => r.method === 'GET' && r.path === '/api/v10/gateway/bot' && r.status === 200)).toBe(true);
    expect(fake.identifies[0]).toMatchObject({ token: FAKE.token, intents: 1 });
    expect(fake.gatewayQueries[0]?.get('v')).toBe('10');
    expect(bot.client.isReady()).toBe(true);
    expect(bot.client.guilds.cache.has(FAKE.guildId)).toBe(true);
  });
});

describe('slash commands', () => {
  it('/ask answers privately with the key sentence in bold, a citation with a preview-free link, and Share', async () => {
    const m = await command('ask', { question: 'Where did @everyone meet <@123456789012345678>?' }, newUser());
    expectSafe(m);
    const first = m.embeds?.[0];
    expect(first?.title).toContain('Where did @\u200beveryone meet <\u200b@123456789012345678>?');
    expect(first?.description).toContain(`**${HIGHLIGHT}**`);
    expect(first?.description).toContain('\\*armoured\\*');
    expect(first?.description).toContain('— Test Wire, 2023-09-14, ¶2 · <https://news.example.com/kim-putin?id=1>');
    // The long passages were cut on a word, said so, and kept their bold key sentence.
    expect(m.embeds?.[1]?.description).toContain('… (cut)');
    expect(m.embeds?.[1]?.description).toContain(`**${HIGHLIGHT}**`);
    expect(buttonsOf(m).map((b) => b.label)).toEqual(['Share']);
  });

  it('/ask with nothing found says what was searched and what to try next', async () => {
    const m = await command('ask', { question: 'nothing about ponies' }, newUser());
    expectSafe(m);
    expect(text(m)).toMatch(/searched every passage/);
    expect(text(m)).toContain('nothing about ponies');
    expect(text(m)).toContain('/sources');
  });

  it('/who-said names the speaker and role, bolds the quote inside its sentence, and cites it', async () => {
    const m = await command('who-said', { words: QUOTE }, newUser());
    expectSafe(m);
    const f = m.embeds?.[0]?.fields?.[0];
    expect(f?.name).toBe('Vladimir Putin, Russian President');
    expect(f?.value).toContain(`"**that's why we've come here**," Putin told reporters`);
    expect(f?.value).toContain('— Test Wire, 2023-09-14, ¶2');
  });

  it('/who-said shows a misquote as something different, the quote\'s differing words in bold, pinging nobody', async () => {
    const m = await command('who-said', { words: 'misquote <@123456789012345678> @everyone' }, newUser());
    expectSafe(m);
    const f = m.embeds?.[0]?.fields?.[0];
    expect(f?.name).toBe('Vladimir Putin, Russian President (says something different)');
    expect(f?.value).toContain(`"**that's** why we've come here," Putin told reporters`);
    expect(f?.value).toMatch(/The source says “that's” where the claim says “@\u200beveryone”/);
    expect(m.embeds?.[0]?.description).toMatch(/do not say that/);
    expect(text(m)).not.toMatch(/@everyone|<@\d/);
  });

  it('/who-said distinguishes narration from nobody', async () => {
    const narr = await command('who-said', { words: 'narration words' }, newUser());
    expect(text(narr)).toMatch(/Nobody in the sources is quoted saying that/);
    expect(text(narr)).toContain('**narration words**');
    const nobody = await command('who-said', { words: 'nobody said this' }, newUser());
    expect(text(nobody)).toMatch(/Nobody in the sources said/);
    expect(text(nobody)).toContain('/quotes');
  });

  it('/quotes for an unknown name suggests the close ones', async () => {
    const m = await command('quotes', { speaker: 'Putn' }, newUser());
    expect(text(m)).toContain('Did you mean **Vladimir Putin**');
    expect(buttonsOf(m)).toEqual([]);
  });

  it('/timeline lists dated events with expression, citation and "also reported by"', async () => {
    const m = await command('timeline', { from: '2023-09' }, newUser());
    expectSafe(m);
    const fields = m.embeds?.[0]?.fields ?? [];
    expect(fields).toHaveLength(PAGE_SIZE);
    expect(fields[0]?.name).toBe('2023-09-10 · September 10');
    expect(fields[0]?.value).toContain('On **September 10**, event 1 happened');
    expect(fields[0]?.value).toContain('Also reported by: The Daily (2023-09-15, ¶1)');
    expect(m.embeds?.[0]?.footer?.text).toBe('Page 1 of 2 · 1–5 of 7 events');
    expect(buttonsOf(m).map((b) => b.label)).toEqual(['Previous', 'Next', 'Share']);
  });

  it('/timeline with nothing found and with an unknown source', async () => {
    const empty = await command('timeline', { topic: 'empty' }, newUser());
    expect(text(empty)).toMatch(/No dated events/);
    const unknown = await command('timeline', { source: '@here nope' }, newUser());
    expectSafe(unknown);
    expect(text(unknown)).toContain('There is no document');
  });

  it('/summary gives cited sentences in order', async () => {
    const m = await command('summary', { length: 'short' }, newUser());
    expect(m.embeds?.[0]?.description).toContain(`1\\. ${HIGHLIGHT}\n— Test Wire, 2023-09-14, ¶2`);
    expect(m.embeds?.[0]?.description).toContain('2\\. The summit ended without a joint statement.\n— The Daily, 2023-09-15, ¶1');
  });

  it('/sources lists the documents with ids', async () => {
    const m = await command('sources', {}, newUser());
    const fields = m.embeds?.[0]?.fields ?? [];
    expect(fields.map((f) => f.name)).toEqual(['Kim and Putin meet at \\*space\\* centre', 'Summit ends']);
    expect(fields[0]?.value).toContain('`wire-kim-putin`');
  });

  it('/help describes every command with an example', async () => {
    const m = await command('help', {}, newUser());
    const names = (m.embeds?.[0]?.fields ?? []).map((f) => f.name);
    for (const c of commands) expect(names.some((n) => n.includes(commandName(c)))).toBe(true);
    expect(text(m)).toContain('Example: `/ask question: Where was the summit held?`');
  });
});

describe('autocomplete', () => {
  it('suggests at most 25 speakers within 100 characters', async () => {
    const reqs = await send(autocomplete('quotes', 'speaker', '', newUser()), isCallback);
    const body = reqs[0]?.body as Body;
    expect(body.type).toBe(8);
    const choices = body.data?.choices ?? [];
    expect(choices.length).toBe(25);
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
    const putin = await send(autocomplete('quotes', 'speaker', 'put', newUser()), isCallback);
    expect((putin[0]?.body as Body).data?.choices).toEqual([{ name: 'Vladimir Putin', value: 'Vladimir Putin' }]);
  });

  it('suggests document ids for the source options', async () => {
    const reqs = await send(autocomplete('timeline', 'source', 'daily', newUser(), { topic: 'x' }), isCallback);
    expect((reqs[0]?.body as Body).data?.choices).toEqual([{ name: 'The Daily, 2023-09-15: Summit ends', value: 'daily-summit' }]);
    const summary = await send(autocomplete('summary', 'source', '', newUser()), isCallback);
    expect((summary[0]?.body as Body).data?.choices?.map((c) => c.value)).toEqual(['wire-kim-putin', 'daily-summit']);
  });
});

describe('buttons', () => {
  it('Share posts the same cited snippet publicly, credited by escaped name without a ping', async () => {
    const asker = newUser('**Boss** @everyone');
    const m = await command('ask', { question: 'where?' }, asker);
    const reqs = await send(button('share', botMessage(m), asker), isCallback);
    const body = reqs[0]?.body as Body;
    expect(body.type).toBe(4);
    expect(body.data?.flags ?? 0).toBe(0);
    expect(body.data?.content).toBe('Shared by \\*\\*Boss\\*\\* @\u200beveryone');
    expect(body.data?.allowed_mentions).toEqual({ parse: [] });
    expect(body.data?.components ?? []).toEqual([]);
    expect(body.data?.embeds?.map((e) => e.description)).toEqual(m.embeds?.map((e) => e.description));
  });

  it('pages with Previous/Next for the asker only, from state in the custom id', async () => {
    const asker = newUser();
    const first = await command('quotes', { speaker: 'Putin' }, asker);
    expect(first.embeds?.[0]?.fields?.[0]?.name).toBe('1. (partial quote)');
    const [prev, next] = buttonsOf(first);
    expect(prev?.disabled).toBe(true);
    expect(next?.disabled).toBe(false);
    expect(next?.custom_id?.length).toBeLessThanOrEqual(100);

    // The state is in the id: forgetting every stored page changes nothing for short options.
    pageStore.clear();
    // The next page replaces the message in the callback itself (type 7), keeping it private.
    const pressed = await send(button(next?.custom_id ?? '', botMessage(first), asker), isCallback);
    expect(pressed).toHaveLength(1);
    expect((pressed[0]?.body as Body).type).toBe(7);
    const second = (pressed[0]?.body as Body).data as Msg;
    expect(second.flags).toBeUndefined();
    expect(second.embeds?.[0]?.fields?.[0]?.name).toBe('6.');
    expect(second.embeds?.[0]?.footer?.text).toBe('Page 2 of 3 · 6–10 of 12 quotes');
    expect(buttonsOf(second).map((b) => b.disabled ?? false)).toEqual([false, false, false]);

    const other = await send(button(next?.custom_id ?? '', botMessage(first), newUser()), isCallback);
    const note = other[0]?.body as Body;
    expect(note.type).toBe(4);
    expect(note.data?.flags).toBe(64);
    expect(text(note.data ?? {})).toMatch(/Only the person who asked/);
  });

  it('keeps long options in memory under a hash, and says the page expired when they are gone', async () => {
    const asker = newUser();
    const topic = 'cooperation between the two countries on satellites, rockets, food and the economy in general terms';
    const first = await command('timeline', { topic, source: 'wire-kim-putin' }, asker);
    const next = buttonsOf(first)[1];
    expect(next?.custom_id).toMatch(/^pg:1:\d+:timeline:h/);
    const ok = await send(button(next?.custom_id ?? '', botMessage(first), asker), isCallback);
    expect(((ok[0]?.body as Body).data as Msg).embeds?.[0]?.footer?.text).toBe('Page 2 of 2 · 6–7 of 7 events');

    pageStore.clear();
    const expired = await send(button(next?.custom_id ?? '', botMessage(first), asker), isCallback);
    const body = expired[0]?.body as Body;
    expect(body.data?.flags).toBe(64);
    expect(text(body.data ?? {})).toMatch(/expired/);
  });
});

describe('context menu', () => {
  it('Find sources answers with the passages that bear on the message', async () => {
    const reqs = await send(messageCommand('Find sources', 'Kim met Putin at the cosmodrome, says @here', newUser()), isCallback);
    expect((reqs[0]?.body as Body).type).toBe(4);
    expect((reqs[0]?.body as Body).data?.flags).toBe(64);
    const m = (reqs[0]?.body as Body).data as Msg;
    expectSafe(m);
    expect(m.embeds?.[0]?.title).toContain('Kim met Putin at the cosmodrome, says @\u200bhere');
    expect(m.embeds?.[0]?.description).toContain(`**${HIGHLIGHT}**`);
  });
});

describe('deferring only when the answer cannot be in time', () => {
  it('defers privately, then edits in the answer, when the interaction arrives already old', async () => {
    const reqs = await send(createdAgo(slash('sources', {}, newUser()), DEFER_AFTER_MS + 500), isEdit);
    expect(reqs.map((r) => `${r.method} ${isCallback(r) ? 'callback' : 'edit'} ${r.status}`)).toEqual(['POST callback 204', 'PATCH edit 200']);
    expect(reqs[0]?.body).toEqual({ type: 5, data: { flags: 64 } });
    expect((reqs[1]?.body as Msg).embeds?.[0]?.fields).toHaveLength(2);
  });

  it('defers a page turn (type 6), then edits the page in, when the press arrives already old', async () => {
    const asker = newUser();
    const first = await command('quotes', { speaker: 'Putin' }, asker);
    const next = buttonsOf(first)[1];
    const reqs = await send(createdAgo(button(next?.custom_id ?? '', botMessage(first), asker), DEFER_AFTER_MS + 500), isEdit);
    expect(reqs.map((r) => (r.body as Body).type ?? 'edit')).toEqual([6, 'edit']);
    expect((reqs[1]?.body as Msg).embeds?.[0]?.footer?.text).toBe('Page 2 of 3 · 6–10 of 12 quotes');
  });

  it('defers when an asynchronous answer is not ready in time, then edits it in', async () => {
    const reqs = await send(slash('slow-test', {}, newUser()), isEdit);
    expect(reqs.map((r) => `${r.method} ${isCallback(r) ? 'callback' : 'edit'} ${r.status}`)).toEqual(['POST callback 204', 'PATCH edit 200']);
    expect(reqs[0]?.body).toEqual({ type: 5, data: { flags: 64 } });
    expect((reqs[1]?.body as Msg).embeds?.[0]?.fields).toHaveLength(2);
    // The line is written once the edit has been answered, just after the fake recorded it.
    for (let i = 0; i < 50 && !logLines.some((l) => l.command === 'slow-test' && l.msg === 'answered'); i++) await new Promise((r) => setTimeout(r, 20));
    expect(logLines.find((l) => l.command === 'slow-test' && l.msg === 'answered')).toMatchObject({ deferred: true });
  });
});

describe('never leaving a user hanging', () => {
  it('turns an error in a handler into a private note with an id, logged with command, options and stack', async () => {
    const m = await command('ask', { question: 'boom now' }, newUser());
    const id = /error id `([0-9a-f]{8})`/.exec(text(m))?.[1];
    expect(id).toBeDefined();
    const line = logLines.find((l) => l.errorId === id);
    expect(line).toMatchObject({ command: 'ask', options: { question: 'boom now' } });
    expect(String((line?.err as { stack?: string })?.stack)).toContain('engine exploded while answering');
  });

  it('answers the sixth command in the window with a private note saying when to try again', async () => {
    const user = newUser();
    for (let i = 0; i < 5; i++) await command('sources', {}, user);
    const reqs = await send(slash('sources', {}, user), isCallback);
    const body = reqs[0]?.body as Body;
    expect(body.type).toBe(4);
    expect(body.data?.flags).toBe(64);
    expect(text(body.data ?? {})).toMatch(/try again <t:\d+:R>/);
    // Someone else is not held back.
    await command('sources', {}, newUser());
  });
});
