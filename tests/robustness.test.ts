/**
 * Bad input, for every command and option, through the engine (command handlers), the Discord rendering
 * and router, and the command line: arbitrary Unicode, Discord-length strings, Markdown and mention syntax,
 * regular-expression metacharacters, blank values, dates that do not exist. Always: no exception escapes,
 * the answer is valid and within Discord's limits, nothing is pinged, echoed text is escaped, excerpts stay
 * verbatim, and error messages carry no stack trace or file path.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { APIEmbed } from 'discord.js';
import { loadCorpus, serializeArticle } from '../src/corpus/load.ts';
import { Engine } from '../src/engine/engine.ts';
import { loadCommands } from '../commands/index.ts';
import { commandJSON, commandName, type Command, type OptionValues } from '../src/command.ts';
import { LIMITS, renderAnswer, renderChoices, type RenderedMessage } from '../src/discord/render.ts';
import { InteractionRouter } from '../src/discord/bot.ts';
import { renderText } from '../src/console/text.ts';
import { runCli } from '../src/cli.ts';
import { createLogger } from '../src/log.ts';
import type { Answer, Citation } from '../src/types.ts';

const KINDS = new Set(['sources', 'passage', 'ask', 'who-said', 'quotes', 'speakers', 'timeline', 'summary', 'ingest', 'help', 'error']);

/** Runs per command through handler + Discord rendering; fewer through the router and the command line. */
const RUNS = Number(process.env.ROBUSTNESS_RUNS ?? 1000);
const ROUTER_RUNS = Math.max(20, Math.floor(RUNS / 16));
const CLI_RUNS = Math.max(10, Math.floor(RUNS / 100));

let engine: Engine;
let commands: Command[];
let corpusWords: string[];
let corpusParagraphs: string[];
let passageText: Map<string, string>;
let small: { dir: string; ids: string[] };

beforeAll(async () => {
  const docs = loadCorpus('corpus');
  engine = Engine.build(docs);
  commands = await loadCommands();
  passageText = new Map(engine.passages.map((p) => [p.id, p.text]));
  corpusParagraphs = docs.flatMap((d) => d.paragraphs);
  corpusWords = [...new Set(docs.flatMap((d) => d.paragraphs.join(' ').split(/\s+/)).filter((w) => w.length > 2))];
  // The command line builds its engine on every run: a small corpus (the first paragraphs) keeps runs quick.
  const dir = mkdtempSync(join(tmpdir(), 'robust-cli-'));
  const first = docs[0];
  if (!first) throw new Error('the corpus folder has no documents');
  writeFileSync(join(dir, `${first.id}.md`), serializeArticle({ ...first, paragraphs: first.paragraphs.slice(0, 6) }));
  small = { dir, ids: [first.id] };
}, 60_000);

// ---------------------------------------------------------------- arbitraries

const NASTY = [
  '',
  ' ',
  '\t\n ',
  '\u200b',
  '\u200b\u200e\u202e',
  '\u202eevil\u202c',
  '\ufeff',
  '@everyone',
  '@here',
  '@everyone @here hello',
  '<@123456789012345678>',
  '<@!123456789012345678>',
  '<@&123456789012345678>',
  '<#123456789012345678>',
  '`',
  '```',
  '```js\nprocess.exit()\n```',
  '||spoiler||',
  '**bold** __under__ ~~strike~~ *it*',
  '> quote',
  '# heading',
  '- list',
  '[link](https://evil.example)',
  '\\',
  '\\\\',
  '.*+?^${}()|[]\\',
  '(?<=a)b(?!c)',
  '[[[[',
  '((((((((((a)*)*)*)*)*)*)*)*)*)*',
  '%s %d %n',
  '${process.env}',
  '__proto__',
  'constructor',
  'toString',
  'null',
  'undefined',
  'NaN',
  '-1',
  '0',
  '1e309',
  '\u0000',
  '\ud800',
  '\udc00a',
  'e\u0301\u0301\u0301\u0301',
  'Z̷̢̛͓̲̪̤͈̖̭̞̓̀͊̋͗̉̽̎̕͜a̸l̷g̶o̶',
  '👨‍👩‍👧‍👦🏳️‍🌈',
  '🇰🇵🇷🇺',
  'مرحبا',
  '김정은 푸틴',
  'Путин',
  'ＰＵＴＩＮ',
  "that's why we've come here",
  'Putin',
  'Kim Jong-un',
  'Vostochny',
  'sanctions',
  'satellite',
  '"',
  '“”‘’',
  "'",
  '#p',
  'yonhap-kim-putin-summit#p0',
  'yonhap-kim-putin-summit#p99999',
  '../../etc/passwd',
  'C:\\Windows\\system32',
  '<script>alert(1)</script>',
];

/** Long strings at and over Discord's limits (option 6000, message 2000, description 4096). */
const LONG = [
  'a'.repeat(100),
  'a'.repeat(300),
  'Putin '.repeat(400),
  '@everyone '.repeat(600),
  '<@&123456789012345678>'.repeat(270),
  'x'.repeat(299),
  '😀'.repeat(3000),
  'e\u0301'.repeat(3000),
  '`'.repeat(2000),
  '||a||'.repeat(1200),
  '\u200b'.repeat(6000),
];

/**
 * Longest single words: search cost grows with word length (typo matching), so these run once per option
 * in their own test rather than thousands of times.
 */
const LONGEST = ['x'.repeat(6000), `@everyone${'\u200b'.repeat(5991)}`];

const word = () => fc.constantFrom(...corpusWords);
const nasty = fc.constantFrom(...NASTY);

/** A run of consecutive words from the corpus, as someone half-remembering a sentence would type it. */
function fragment(): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...corpusParagraphs), fc.nat(), fc.integer({ min: 1, max: 8 }))
    .map(([p, start, n]) => {
      const words = p.split(/\s+/);
      const from = start % words.length;
      return words.slice(from, from + n).join(' ');
    });
}

/** Text a user might type, from harmless to hostile, often mixing in corpus words so searches find things. */
function text(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
    { weight: 3, arbitrary: nasty },
    { weight: 4, arbitrary: fc.array(fc.oneof(word(), word(), nasty, fc.string({ unit: 'grapheme', maxLength: 4 })), { minLength: 1, maxLength: 14 }).map((ws) => ws.join(' ')) },
    { weight: 2, arbitrary: fc.array(word(), { minLength: 1, maxLength: 8 }).map((ws) => ws.join(' ')) },
    { weight: 3, arbitrary: fragment() },
    { weight: 1, arbitrary: fc.tuple(fragment(), nasty).map(([f, n]) => `${n}${f}${n}`) },
    { weight: 1, arbitrary: fc.constantFrom(...LONG) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...LONG), nasty, word()).map(([a, b, c]) => `${c} ${b} ${a}`) },
  );
}

/** Dates as typed: real and unreal days, months and years, odd formats, and any text. */
function date(): fc.Arbitrary<string> {
  const y = fc.integer({ min: 0, max: 10000 }).map((n) => String(n).padStart(4, '0'));
  const m = fc.integer({ min: 0, max: 13 }).map((n) => String(n).padStart(2, '0'));
  const d = fc.integer({ min: 0, max: 32 }).map((n) => String(n).padStart(2, '0'));
  return fc.oneof(
    y,
    fc.tuple(y, m).map(([a, b]) => `${a}-${b}`),
    fc.tuple(y, m, d).map(([a, b, c]) => `${a}-${b}-${c}`),
    fc.constantFrom('2023-02-29', '2024-02-30', '2023-04-31', '2023-09-31', '2023-00-10', '2023-13-01', '0000-00-00', '9999-12-31', '2023-9-1', '2023/09/13', '13.09.2023', 'September 31, 2023', '2023-09-13T25:00', '+002023-09-13', '-0001', '2023-W37', '１９５０'),
    text(),
  );
}

/** The arbitrary for one option, by its name. */
function optionValue(command: string, name: string): fc.Arbitrary<string> {
  if (name === 'from' || name === 'to') return date();
  if (name === 'length') return fc.oneof(fc.constantFrom('short', 'medium', 'long', 'SHORT', ' long ', 'Medium\u200b', 'longer'), text());
  if (name === 'source') return fc.oneof(fc.constantFrom(...engine.documents.map((d) => d.id)), fc.constantFrom(...engine.documents.map((d) => `${d.id.toUpperCase()}`), ...engine.documents.map((d) => ` ${d.id}\u200b`)), text());
  if (command === 'quotes' && name === 'speaker') return fc.oneof(fc.constantFrom('Putin', 'Kim', 'Kim Jong-un', 'Vladimir Putin', 'putin', 'PUTIN'), text());
  return text();
}

/** Option names of a command, as Discord registers them; the message command takes the message text. */
function optionNames(command: Command): string[] {
  const json = commandJSON(command) as { options?: { name: string }[]; type?: number };
  if (json.type === 3) return ['text'];
  return (json.options ?? []).map((o) => o.name);
}

/** True for an option Discord requires (the message command's text is always there). */
function required(command: Command, option: string): boolean {
  const json = commandJSON(command) as { options?: { name: string; required?: boolean }[]; type?: number };
  return json.type === 3 || (json.options ?? []).some((o) => o.name === option && o.required === true);
}

/** Any subset of the command's options, each with a hostile value, plus sometimes an unknown option. */
function optionsFor(command: Command): fc.Arbitrary<OptionValues> {
  const name = commandName(command);
  const record: Record<string, fc.Arbitrary<string | undefined>> = {};
  // Required options are mostly given (a missing one is still tried); optional ones half the time.
  for (const o of optionNames(command)) record[o] = fc.option(optionValue(name, o), { nil: undefined, freq: required(command, o) ? 8 : 2 });
  return fc.tuple(fc.record(record), fc.option(fc.tuple(fc.constantFrom('limit', 'bogus', '__proto__'), text()), { nil: undefined })).map(([values, extra]) => {
    const out: Record<string, string | undefined> = { ...values };
    if (extra) Object.defineProperty(out, extra[0], { value: extra[1], enumerable: true, configurable: true, writable: true });
    return out;
  });
}

// ---------------------------------------------------------------- checks

const FIELD_LIMITS = `title ≤${LIMITS.title}, description ≤${LIMITS.description}, field ≤${LIMITS.fieldName}/${LIMITS.fieldValue}, footer ≤${LIMITS.footer}`;

function embedTexts(e: APIEmbed): string[] {
  return [e.title ?? '', e.description ?? '', e.footer?.text ?? '', e.author?.name ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value])];
}

/** Every Discord limit, no pings, and no live mention or spoiler/code-block syntax anywhere in the payload. */
function checkMessage(m: RenderedMessage, where: string): void {
  expect(m.allowed_mentions, `${where}: allowed_mentions`).toEqual({ parse: [] });
  expect((m.content ?? '').length, `${where}: content length`).toBeLessThanOrEqual(LIMITS.content);
  expect(m.embeds.length, `${where}: embeds`).toBeLessThanOrEqual(LIMITS.embeds);
  let total = 0;
  for (const e of m.embeds) {
    const ok =
      (e.title ?? '').length <= LIMITS.title &&
      (e.description ?? '').length <= LIMITS.description &&
      (e.footer?.text ?? '').length <= LIMITS.footer &&
      (e.fields ?? []).length <= LIMITS.fields &&
      (e.fields ?? []).every((f) => f.name.length > 0 && f.name.length <= LIMITS.fieldName && f.value.length > 0 && f.value.length <= LIMITS.fieldValue);
    expect(ok, `${where}: an embed is over a limit (${FIELD_LIMITS}): ${JSON.stringify(e).slice(0, 400)}`).toBe(true);
    total += embedTexts(e).reduce((n, s) => n + s.length, 0);
  }
  expect(total, `${where}: characters across embeds`).toBeLessThanOrEqual(LIMITS.embedsTotal);
  expect(m.embeds.length + (m.content ? 1 : 0), `${where}: an empty message`).toBeGreaterThan(0);
  for (const row of m.components) {
    expect(row.components.length).toBeLessThanOrEqual(LIMITS.buttonsPerRow);
    for (const b of row.components) if ('custom_id' in b) expect(b.custom_id.length).toBeLessThanOrEqual(LIMITS.customId);
  }
  for (const s of [m.content ?? '', ...m.embeds.flatMap(embedTexts)]) {
    expect(s, `${where}: a live @everyone/@here`).not.toMatch(/@(everyone|here)/i);
    expect(s, `${where}: a live user/role/channel mention`).not.toMatch(/<(@[!&]?|#)\d/);
    // Our own formatting never uses spoilers or code blocks: any found here came unescaped from text.
    expect(s, `${where}: unescaped spoiler ||`).not.toMatch(/(^|[^\\])\|\|/);
    expect(s, `${where}: unescaped code block`).not.toMatch(/(^|[^\\])```/);
  }
}

/** An error message for people: no stack trace, no file path of ours. */
function checkErrorMessage(message: string, typed: readonly string[], where: string): void {
  let m = message;
  // What the user typed may be echoed back; only what is left is ours.
  for (const t of [...typed].filter((s) => s.length > 0).sort((a, b) => b.length - a.length)) m = m.split(t).join('');
  expect(m, `${where}: empty error message`).not.toBe('');
  expect(m, `${where}: stack trace in "${message.slice(0, 300)}"`).not.toMatch(/\n\s*at .+(\(|:\d+)/);
  expect(m, `${where}: file path in "${message.slice(0, 300)}"`).not.toMatch(/\/work\/|node_modules|file:\/\/|[\w-]+\.(ts|js|mjs|cjs)\b(?!\w)/);
  expect(m, `${where}: internal error text in "${message.slice(0, 300)}"`).not.toMatch(/TypeError|ReferenceError|RangeError|SyntaxError|undefined is not|Cannot read properties/);
}

/** The passage a citation names, whose text must contain every excerpt cited to it. */
function passageOf(c: Citation, where: string): string {
  const text = passageText.get(c.passage);
  expect(text, `${where}: citation to unknown passage ${c.passage}`).toBeTypeOf('string');
  const [doc, p] = c.passage.split('#p');
  expect(c.doc).toBe(doc);
  expect(String(c.paragraph)).toBe(p);
  return text ?? '';
}

function verbatim(excerpt: string, c: Citation, where: string): void {
  const text = passageOf(c, where);
  expect(text.includes(excerpt), `${where}: excerpt not verbatim in ${c.passage}: "${excerpt.slice(0, 200)}"`).toBe(true);
}

/** Every excerpt in an answer stands verbatim in the passage its citation names. */
function checkVerbatim(a: Answer, where: string): void {
  switch (a.kind) {
    case 'ask':
      expect(a.answered).toBe(a.results.length > 0);
      for (const r of a.results) {
        expect(r.text, `${where}: ask result text is not the whole passage`).toBe(passageOf(r.citation, where));
        verbatim(r.highlight, r.citation, `${where} (highlight)`);
        expect(Number.isFinite(r.score), `${where}: score ${r.score}`).toBe(true);
      }
      break;
    case 'who-said':
      for (const m of a.matches) {
        verbatim(m.quote, m.citation, `${where} (quote)`);
        for (const d of m.differences) expect(m.quote.slice(d.quoteStart, d.quoteEnd), `${where}: a differing word is not the quote's`).toBe(d.quote);
        if (m.sentence !== undefined) {
          verbatim(m.sentence, m.citation, `${where} (quote sentence)`);
          expect(m.sentence.includes(m.quote), `${where}: quote not inside its sentence`).toBe(true);
        }
      }
      for (const n of a.narration) verbatim(n.text, n.citation, `${where} (narration)`);
      for (const h of a.acrossQuotes ?? []) {
        verbatim(h.text, h.citation, `${where} (across quotes)`);
        expect(h.text.includes(h.words), `${where}: the words found across quotes are not in their sentence`).toBe(true);
        for (const q of h.quoted) expect(h.words.includes(q.quote), `${where}: a quoted part is not among the words`).toBe(true);
      }
      break;
    case 'quotes':
      for (const q of a.quotes) verbatim(q.quote, q.citation, `${where} (quote)`);
      break;
    case 'timeline':
      for (const e of a.events) {
        verbatim(e.sentence, e.citation, `${where} (event sentence)`);
        expect(e.sentence.includes(e.expression), `${where}: date expression "${e.expression}" not in its sentence`).toBe(true);
        expect(e.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        for (const x of e.also) verbatim(x.sentence, x.citation, `${where} (also)`);
      }
      break;
    case 'summary':
      for (const s of a.sentences) verbatim(s.sentence, s.citation, `${where} (summary)`);
      break;
    case 'passage':
      expect(a.text).toBe(passageOf(a.citation, where));
      break;
    default:
      break;
  }
}

function byName(name: string): Command {
  const c = commands.find((x) => commandName(x) === name);
  if (!c) throw new Error(`no command "${name}" (have ${commands.map(commandName).join(', ')})`);
  return c;
}

function typedValues(options: OptionValues): string[] {
  return Object.values(options)
    .filter((v): v is string => typeof v === 'string')
    .flatMap((v) => [v, v.trim(), v.replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g, '').trim()]);
}

/** Per command: runs, and runs whose answer had excerpts in it (so the checks above had something to check). */
const found = new Map<string, { runs: number; withExcerpts: number; errors: number }>();

function excerptCount(a: Answer): number {
  switch (a.kind) {
    case 'ask':
      return a.results.length;
    case 'who-said':
      return a.matches.length + a.narration.length + (a.acrossQuotes?.length ?? 0);
    case 'quotes':
      return a.quotes.length;
    case 'timeline':
      return a.events.length;
    case 'summary':
      return a.sentences.length;
    default:
      return 0;
  }
}

function tally(name: string, a: Answer): void {
  const t = found.get(name) ?? { runs: 0, withExcerpts: 0, errors: 0 };
  t.runs++;
  if (excerptCount(a) > 0) t.withExcerpts++;
  if (a.kind === 'error') t.errors++;
  found.set(name, t);
}

/** Runs one command as a handler would and checks the answer, its text and its Discord rendering. */
function exercise(command: Command, options: OptionValues, page: number): void {
  const name = commandName(command);
  const where = `${name} ${JSON.stringify(options).slice(0, 300)}`;
  const ran = command.run({ engine, commands }, options);
  // Without a corpus folder or a caller (as here), every command answers at once.
  if (ran instanceof Promise) throw new Error(`${where}: answered with a promise`);
  const answer = ran;
  expect(KINDS.has(answer.kind), `${where}: kind ${answer.kind}`).toBe(true);
  if (answer.kind === 'error') {
    expect(answer.error.code).toMatch(/^[a-z_]+$/);
    checkErrorMessage(answer.error.message, typedValues(options), where);
  }
  checkVerbatim(answer, where);
  tally(name, answer);
  checkMessage(renderAnswer(answer, { page, paging: { command: name, userId: '123456789012345678', options } }), where);
  const text = renderText(answer, 80);
  expect(typeof text).toBe('string');
  if (answer.kind === 'error') checkErrorMessage(text, typedValues(options), `${where} (text)`);
}

// ---------------------------------------------------------------- properties

describe('bad input through every command handler and the Discord rendering', () => {
  it('covers every command the bot registers', () => {
    expect(commands.map(commandName).sort()).toEqual(expect.arrayContaining(['ask', 'quotes', 'summary', 'timeline', 'who-said']));
  });

  // One property per command, so a failure names the command.
  const names = ['ask', 'Find sources', 'help', 'quotes', 'sources', 'summary', 'timeline', 'who-said'];
  for (const name of names) {
    it(`/${name}: any options`, () => {
      const command = commands.find((c) => commandName(c) === name);
      if (!command) throw new Error(`no command "${name}" (have ${commands.map(commandName).join(', ')})`);
      const runs = optionNames(command).length === 0 ? Math.min(RUNS, 200) : RUNS;
      fc.assert(
        fc.property(optionsFor(command), fc.integer({ min: -2, max: 40 }), (options, page) => exercise(command, options, page)),
        { numRuns: runs },
      );
      const t = found.get(name);
      expect(t?.runs).toBeGreaterThanOrEqual(runs);
      if (process.env.ROBUSTNESS_STATS) console.log(name, JSON.stringify(t));
      // The inputs mix in corpus words, so a good share of answers carry excerpts to check for verbatim.
      if (['ask', 'Find sources', 'who-said', 'quotes', 'timeline', 'summary'].includes(name)) {
        expect(t?.withExcerpts ?? 0, `${name}: too few answers with excerpts to check`).toBeGreaterThan(runs / 40);
      }
    }, 120_000);
  }

  it('the longest values Discord and the console accept, in every option of every command', () => {
    for (const command of commands) {
      for (const option of optionNames(command)) {
        for (const value of LONGEST) exercise(command, { [option]: value }, 0);
      }
    }
  }, 120_000);

  it('autocomplete: any typed text gives valid choices for every option that completes', () => {
    const completing = commands.filter((c) => c.autocomplete);
    expect(completing.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.constantFrom(...completing), text(), (command, typed) => {
        for (const option of optionNames(command)) {
          const raw = command.autocomplete?.({ engine, commands }, option, typed) ?? [];
          const choices = renderChoices(raw);
          expect(choices.length).toBeLessThanOrEqual(LIMITS.choices);
          for (const c of choices) {
            expect(c.name.length).toBeGreaterThan(0);
            expect(c.name.length).toBeLessThanOrEqual(LIMITS.choiceName);
            expect(c.value.length).toBeGreaterThan(0);
            expect(c.value.length).toBeLessThanOrEqual(LIMITS.choiceValue);
          }
        }
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});

// ---------------------------------------------------------------- the router

interface FakeReply {
  kind: 'reply' | 'edit' | 'respond' | 'defer';
  body: unknown;
}

/** Just enough of a discord.js interaction for InteractionRouter: a slash command or an autocomplete. */
function fakeInteraction(type: 'slash' | 'message' | 'autocomplete', name: string, options: OptionValues, focused?: string) {
  const replies: FakeReply[] = [];
  const data = Object.entries(options)
    .filter(([, v]) => v !== undefined)
    .map(([n, value]) => ({ name: n, type: 3, value, focused: n === focused }));
  const i = {
    commandName: name,
    user: { id: '123456789012345678', username: 'tester', globalName: 'Tester' },
    member: null,
    deferred: false,
    replied: false,
    responded: false,
    isAutocomplete: () => type === 'autocomplete',
    isChatInputCommand: () => type === 'slash',
    isMessageContextMenuCommand: () => type === 'message',
    isButton: () => false,
    isRepliable: () => type !== 'autocomplete',
    targetMessage: { content: options.text ?? '' },
    options: {
      data,
      getFocused: () => ({ name: focused ?? '', value: String(options[focused ?? ''] ?? '') }),
    },
    async deferReply(body: unknown) {
      i.deferred = true;
      replies.push({ kind: 'defer', body });
    },
    async editReply(body: unknown) {
      replies.push({ kind: 'edit', body });
    },
    async reply(body: unknown) {
      i.replied = true;
      replies.push({ kind: 'reply', body });
    },
    async followUp(body: unknown) {
      replies.push({ kind: 'reply', body });
    },
    async respond(body: unknown) {
      i.responded = true;
      replies.push({ kind: 'respond', body });
    },
  };
  return { i, replies };
}

describe('bad input through the Discord interaction router', () => {
  it('every command answers within the limits, never with a failure note', async () => {
    const lines: string[] = [];
    const logger = createLogger({ destination: new Writable({ write: (c, _e, cb) => (lines.push(String(c)), cb()) }), level: 'warn' });
    const router = new InteractionRouter({ engine: () => engine, commands, logger, cooldown: { limit: 1e9, windowMs: 1 } });
    const withOptions = commands.map((c) => ({ c, names: optionNames(c) }));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...withOptions.map((x) => commandName(x.c))).chain((n) => fc.tuple(fc.constant(n), optionsFor(byName(n)))), async ([name, options]) => {
        const command = byName(name);
        const json = commandJSON(command) as { type?: number };
        const { i, replies } = fakeInteraction(json.type === 3 ? 'message' : 'slash', name, options);
        await router.handle(i as never);
        const last = replies.at(-1);
        // A direct reply when the answer is ready in time, an edit after a deferral when it is not.
        expect(['reply', 'edit'], `${name}: no reply`).toContain(last?.kind);
        expect(replies.filter((r) => r.kind === 'reply' || r.kind === 'edit'), `${name}: answered once`).toHaveLength(1);
        const body = last?.body as { embeds: APIEmbed[]; content: string | null; components: RenderedMessage['components']; allowedMentions: { parse: never[] } };
        checkMessage({ embeds: body.embeds, content: body.content ?? undefined, components: body.components, allowed_mentions: body.allowedMentions }, name);
        expect(JSON.stringify(body)).not.toContain('Something went wrong on my side');
        // Autocomplete for each completing option, with the same hostile text typed.
        if (command.autocomplete) {
          for (const o of optionNames(command)) {
            const typed = String(options[o] ?? '');
            const ac = fakeInteraction('autocomplete', name, { ...options, [o]: typed }, o);
            await router.handle(ac.i as never);
            const choices = ac.replies.at(-1)?.body as { name: string; value: string }[];
            expect(choices.length).toBeLessThanOrEqual(LIMITS.choices);
            for (const c of choices) expect(c.name.length <= LIMITS.choiceName && c.value.length <= LIMITS.choiceValue).toBe(true);
          }
        }
      }),
      { numRuns: ROUTER_RUNS * commands.length },
    );
    expect(lines.filter((l) => /"level":(50|60)/.test(l)).slice(0, 3)).toEqual([]);
  }, 120_000);
});

// ---------------------------------------------------------------- the command line

describe('bad input through the command line', () => {
  const argvArb = (): fc.Arbitrary<string[]> => {
    const flag = fc.constantFrom('--from', '--to', '--topic', '--source', '--length', '--limit');
    const flagValue = fc.oneof(date(), text(), fc.constantFrom('0', '-1', '51', '3.5', '1e3', 'NaN', ' 2 ', ...small.ids));
    const command = fc.constantFrom('sources', 'passage', 'ask', 'who-said', 'quotes', 'speakers', 'timeline', 'summary', 'nonsense', '');
    return fc
      .tuple(command, fc.array(fc.oneof(text(), fc.constantFrom(`${small.ids[0]}#p2`, `${small.ids[0]}#p0`)), { maxLength: 3 }), fc.array(fc.tuple(flag, flagValue), { maxLength: 3 }), fc.boolean())
      .map(([c, pos, flags, json]) => [c, ...pos, ...flags.flat(), ...(json ? ['--json'] : []), '--corpus', small.dir]);
  };

  it('every command line gives an answer or a clean refusal (status 0 or 2), JSON when asked', async () => {
    await fc.assert(
      fc.asyncProperty(argvArb(), async (argv) => {
        const where = `cli ${JSON.stringify(argv).slice(0, 300)}`;
        const r = await runCli(argv, {});
        expect([0, 2], `${where}: status ${r.status}, stderr ${r.stderr.slice(0, 300)}`).toContain(r.status);
        const typed = argv.flatMap((a) => [a, a.trim()]).concat(small.dir);
        if (r.status === 2) checkErrorMessage(r.stderr.trim(), typed, where);
        if (argv.includes('--json')) {
          const out = JSON.parse(r.stdout) as { error?: { code: string; message: string } };
          if (r.status === 2) {
            expect(out.error?.code, where).toMatch(/^[a-z_]+$/);
            checkErrorMessage(out.error?.message ?? '', typed, where);
          }
        }
      }),
      { numRuns: CLI_RUNS * 8 },
    );
  }, 120_000);
});
