/**
 * `/corpus add` and `/corpus remove` end to end: the real bot and commands against the fake Discord, a real
 * engine over a temporary corpus watched for changes, and the test pages served on 127.0.0.1.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadCommands } from '../commands/index.ts';
import { commandJSON, commandName, type Command } from '../src/command.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { watchCorpus, type CorpusWatcher } from '../src/corpus/watch.ts';
import { startBot, type RunningBot } from '../src/discord/bot.ts';
import { Engine } from '../src/engine/engine.ts';
import { createLogger } from '../src/log.ts';
import { autocomplete, fakeConfig, newUser, slash, type InteractionPayload, type TestUser } from './fake-discord/interactions.ts';
import { FAKE, FakeDiscord, isInteractionCallback, isOriginalEdit, type Recorded } from './fake-discord/server.ts';
import { startPageServer, type PageServer } from './helpers/page-server.ts';

interface Msg {
  content?: string | null;
  flags?: number;
  embeds?: { title?: string; description?: string; fields?: { name: string; value: string }[] }[];
  choices?: { name: string; value: string }[];
  allowed_mentions?: { parse?: string[] };
}

const ROOT = join(import.meta.dirname, '..');
const MANAGE_GUILD = 1n << 5n;
let fake: FakeDiscord;
let pages: PageServer;
let bot: RunningBot;
let live: CorpusWatcher<Engine>;
let corpusDir: string;
let commands: Command[];
const logLines: Record<string, unknown>[] = [];
const allowBefore = process.env.INGEST_ALLOW_PRIVATE;

beforeAll(async () => {
  process.env.INGEST_ALLOW_PRIVATE = '1';
  fake = await new FakeDiscord().start();
  pages = await startPageServer();
  corpusDir = mkdtempSync(join(tmpdir(), 'corpus-command-'));
  for (const f of readdirSync(join(ROOT, 'corpus')).filter((f) => f.endsWith('.md'))) copyFileSync(join(ROOT, 'corpus', f), join(corpusDir, f));
  const logger = createLogger({
    level: 'info',
    token: FAKE.token,
    destination: new Writable({
      write(chunk: Buffer, _enc, done) {
        for (const line of String(chunk).split('\n')) if (line.trim()) logLines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    }),
  });
  live = watchCorpus({ dir: corpusDir, initial: Engine.build(loadCorpus(corpusDir)), build: (docs) => Engine.build(docs), logger, debounceMs: 50, pollMs: 200 });
  commands = await loadCommands();
  bot = await startBot({ config: fakeConfig(fake.apiUrl, { corpusDir }), engine: live.current, commands, logger, handleSignals: false });
});

afterAll(async () => {
  await bot?.stop();
  live?.close();
  await fake?.close();
  await pages?.close();
  if (allowBefore === undefined) delete process.env.INGEST_ALLOW_PRIVATE;
  else process.env.INGEST_ALLOW_PRIVATE = allowBefore;
});

afterEach(() => {
  expect(fake.rejections).toEqual([]);
});

/** The payload of `/corpus <sub> <option>: <value>`, from a member with or without Manage Server. */
function corpus(sub: 'add' | 'remove', option: string, value: string, user: TestUser, manage: boolean): InteractionPayload {
  const p = slash('corpus', {}, user);
  const member = p.member;
  const permissions = manage ? String(BigInt(member.permissions) | MANAGE_GUILD) : String(BigInt(member.permissions) & ~MANAGE_GUILD);
  return { ...p, member: { ...member, permissions }, data: { ...(p.data as object), options: [{ name: sub, type: 1, options: [{ name: option, type: 3, value }] }] } };
}

/** Sends an interaction and returns the message it was answered with (in the callback, or edited in after a deferral). */
async function answer(payload: InteractionPayload): Promise<Msg> {
  const final = (r: Recorded) => (isInteractionCallback(r) && (r.body as { type?: number }).type !== 5) || isOriginalEdit(r);
  fake.dispatch('INTERACTION_CREATE', payload);
  await fake.waitFor((r) => r.token === payload.token && final(r));
  const reqs = fake.requestsFor(payload.token);
  const first = reqs[0]?.body as { type: number; data?: Msg };
  if (first.type === 5) {
    expect(first.data?.flags).toBe(64);
    return reqs.find(isOriginalEdit)?.body as Msg;
  }
  expect([4, 8]).toContain(first.type);
  if (first.type === 4) expect(first.data?.flags).toBe(64);
  return first.data as Msg;
}

function text(m: Msg): string {
  return [m.content ?? '', ...(m.embeds ?? []).flatMap((e) => [e.title ?? '', e.description ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value])])].join('\n');
}

const articles = () => readdirSync(corpusDir).filter((f) => f.endsWith('.md'));
const WIRE_ID = 'leaders-agree-on-rail-link-after-talks-at-northern-port';

describe('/corpus', () => {
  it('is registered for members with Manage Server only, in servers, with add and remove', () => {
    const command = commands.find((c) => commandName(c) === 'corpus')!;
    const json = commandJSON(command) as unknown as { default_member_permissions: unknown; contexts: number[]; options: { name: string; options: { name: string; required?: boolean; autocomplete?: boolean }[] }[] };
    expect(json.default_member_permissions).toBe(Number(MANAGE_GUILD));
    expect(json.contexts).toEqual([0]);
    expect(json.options.map((o) => o.name)).toEqual(['add', 'remove']);
    expect(json.options[0]?.options[0]).toMatchObject({ name: 'url', required: true });
    expect(json.options[1]?.options[0]).toMatchObject({ name: 'id', required: true, autocomplete: true });
  });

  it('refuses a member without Manage Server, privately, and fetches and writes nothing', async () => {
    const before = articles();
    const asked = pages.requests.length;
    const m = await answer(corpus('add', 'url', pages.url('/pages/wire.html'), newUser(), false));
    expect(text(m)).toContain('Only members with the Manage Server permission');
    expect(articles()).toEqual(before);
    expect(pages.requests.length).toBe(asked);
    const r = await answer(corpus('remove', 'id', before[0]!.replace(/\.md$/, ''), newUser(), false));
    expect(text(r)).toContain('Only members with the Manage Server permission');
    expect(articles()).toEqual(before);
    expect(logLines.filter((l) => l.event === 'corpus_forbidden').length).toBe(2);
  });

  it('completes document ids for remove', async () => {
    const user = newUser();
    const p = autocomplete('corpus', 'id', 'yonhap', user);
    const m = await answer({ ...p, data: { ...(p.data as object), options: [{ name: 'remove', type: 1, options: [{ name: 'id', type: 3, value: 'yonhap', focused: true }] }] } });
    expect(m.choices?.map((c) => c.value)).toEqual(['yonhap-kim-putin-summit']);
  });

  it('adds an article from its address, says what was added and that it is live; answers use it afterwards', async () => {
    const user = newUser();
    const m = await answer(corpus('add', 'url', pages.url('/pages/wire.html'), user, true));
    expect(m.allowed_mentions).toEqual({ parse: [] });
    const said = text(m);
    expect(m.embeds?.[0]?.title).toBe('Article added');
    expect(said).toContain('Leaders agree on rail link after talks at northern port');
    expect(said).toContain('Harbour Wire, 2023-09-13');
    expect(said).toContain(WIRE_ID);
    expect(m.embeds?.[0]?.fields?.find((f) => f.name === 'Paragraphs')?.value).toBe('6');
    expect(said).toContain('Live now');
    expect(articles()).toContain(`${WIRE_ID}.md`);

    const sources = await answer(slash('sources', {}, newUser()));
    expect(text(sources)).toContain('Leaders agree on rail link after talks at northern port');
    const asked = await answer(slash('ask', { question: 'Where will the rail link connect?' }, newUser()));
    expect(text(asked)).toContain('Harbour Wire, 2023-09-13');

    const line = logLines.find((l) => l.event === 'corpus_add');
    expect(line).toMatchObject({ user: user.id, guild: FAKE.guildId, url: pages.url('/pages/wire.html'), id: WIRE_ID, written: true });
  });

  it('says when the article is there already; a page slow to arrive is answered after a private deferral', async () => {
    // The same page, served over about two seconds: longer than the bot waits before acknowledging.
    const payload = corpus('add', 'url', pages.url('/dribble/again'), newUser(), true);
    const m = await answer(payload);
    expect(fake.requestsFor(payload.token).map((r) => (isInteractionCallback(r) ? (r.body as { type: number }).type : 'edit'))).toEqual([5, 'edit']);
    expect(m.embeds?.[0]?.title).toBe('Already in the corpus');
    expect(text(m)).toContain(WIRE_ID);
  });

  it('says why a page cannot be added, and writes nothing', async () => {
    const before = articles();
    const m = await answer(corpus('add', 'url', pages.url('/pages/not-article.html'), newUser(), true));
    expect(text(m)).toMatch(/does not look like an article/);
    const pdf = await answer(corpus('add', 'url', pages.url('/report.pdf'), newUser(), true));
    expect(text(pdf)).toMatch(/not an HTML page/);
    expect(articles()).toEqual(before);
    expect(logLines.some((l) => l.event === 'corpus_add_refused' && l.url === pages.url('/report.pdf'))).toBe(true);
  });

  it('removes an article into corpus/.removed/, says how to undo it, and answers stop using it', async () => {
    const user = newUser();
    const m = await answer(corpus('remove', 'id', WIRE_ID, user, true));
    expect(m.embeds?.[0]?.title).toBe('Article removed');
    expect(text(m)).toContain(`.removed/${WIRE_ID}.md`);
    expect(text(m)).toMatch(/move it back/);
    expect(text(m)).toContain('Answers no longer use it');
    expect(articles()).not.toContain(`${WIRE_ID}.md`);
    expect(existsSync(join(corpusDir, '.removed', `${WIRE_ID}.md`))).toBe(true);
    const sources = await answer(slash('sources', {}, newUser()));
    expect(text(sources)).not.toContain('Leaders agree on rail link');
    expect(logLines.find((l) => l.event === 'corpus_remove')).toMatchObject({ user: user.id, guild: FAKE.guildId, id: WIRE_ID });

    const again = await answer(corpus('remove', 'id', WIRE_ID, newUser(), true));
    expect(text(again)).toContain(`There is no document "${WIRE_ID}"`);
  });

  it('never logs the token', () => {
    expect(logLines.length).toBeGreaterThan(0);
    expect(JSON.stringify(logLines)).not.toContain(FAKE.token);
  });
});
