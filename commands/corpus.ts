import { SlashCommandBuilder } from '@discordjs/builders';
import { InteractionContextType, PermissionFlagsBits } from 'discord-api-types/v10';
import type { Command, CommandContext, OptionValues } from '../src/command.ts';
import { addArticle } from '../src/corpus/add-article.ts';
import { allowPrivateFromEnv } from '../src/corpus/address.ts';
import { IngestError } from '../src/corpus/ingest-error.ts';
import { removeArticle } from '../src/corpus/remove.ts';
import { sourceChoices, textOption } from '../src/options.ts';
import type { Answer, ErrorAnswer } from '../src/types.ts';

/** How long an answer waits for the corpus watcher to make a change live before saying it will be. */
export const LIVE_WAIT_MS = 8_000;

function refusal(code: string, message: string): ErrorAnswer {
  return { kind: 'error', error: { code, message } };
}

/** Polls until `done` or the time is up; true when done. */
async function waitUntil(done: () => boolean, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (!done()) {
    if (Date.now() >= until) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
  return true;
}

/** The command line's advice, said the way a Discord user can follow it. */
function forDiscord(e: IngestError): string {
  if (e.code === 'exists') return e.message.replace(/Use --force to replace it\./, 'To replace it, remove it first with `/corpus remove`, then add it again.');
  if (e.code === 'bad_input') {
    return `${e.message}\nFrom Discord the page itself must say these; someone with access to the bot's machine can give them with \`npm run --silent cli -- ingest <url> --outlet … --published …\`.`;
  }
  return e.message;
}

function subcommand(options: OptionValues): { name: 'add' | 'remove'; value: string | undefined } | null {
  // Discord sends the subcommand's name; the console types `add: <url>` or `remove: <id>`.
  const named = options.subcommand;
  if (named === 'add' || (named === undefined && options.add !== undefined)) return { name: 'add', value: typeof options.url === 'string' ? options.url.trim() : textOption(options, 'add') };
  if (named === 'remove' || (named === undefined && options.remove !== undefined)) return { name: 'remove', value: textOption(options, 'id') ?? textOption(options, 'remove') };
  return null;
}

async function add(ctx: CommandContext & { corpus: NonNullable<CommandContext['corpus']> }, url: string): Promise<Answer> {
  const who = { user: ctx.caller?.userId ?? null, guild: ctx.caller?.guildId ?? null, url };
  try {
    const added = await addArticle(url, { out: ctx.corpus.dir, force: false, limits: { allowPrivate: allowPrivateFromEnv() } });
    ctx.logger?.info({ event: 'corpus_add', ...who, id: added.document.id, written: added.written }, added.written ? 'article added to the corpus' : 'article already in the corpus');
    const live = await waitUntil(() => ctx.corpus.current().document(added.document.id) !== undefined, LIVE_WAIT_MS);
    const { path: _path, ...shown } = added;
    return { kind: 'ingest', ...shown, live };
  } catch (e) {
    if (!(e instanceof IngestError)) throw e;
    ctx.logger?.warn({ event: 'corpus_add_refused', ...who, code: e.code }, `article not added: ${e.message}`);
    return refusal(e.code, forDiscord(e));
  }
}

async function remove(ctx: CommandContext & { corpus: NonNullable<CommandContext['corpus']> }, id: string): Promise<Answer> {
  const who = { user: ctx.caller?.userId ?? null, guild: ctx.caller?.guildId ?? null };
  try {
    const removed = removeArticle(ctx.corpus.dir, id);
    ctx.logger?.info({ event: 'corpus_remove', ...who, id: removed.document.id, movedTo: removed.movedTo }, 'article removed from the corpus');
    const live = await waitUntil(() => ctx.corpus.current().document(removed.document.id) === undefined, LIVE_WAIT_MS);
    return { kind: 'removed', ...removed, live };
  } catch (e) {
    if (!(e instanceof IngestError)) throw e;
    return refusal(e.code, e.message);
  }
}

export default {
  // It writes the corpus folder and waits for the live engine to reload: only the main thread has both.
  mainThreadOnly: true,
  discordOnly: { instead: 'add an article with `ingest <url>`; remove one by moving its .md file out of the corpus folder.' },
  definition: new SlashCommandBuilder()
    .setName('corpus')
    .setDescription('Add or remove articles (members with Manage Server).')
    // Discord hides the command from members without Manage Server; the handler checks again.
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild)
    .addSubcommand((s) =>
      s
        .setName('add')
        .setDescription('Fetch a news page and add its article.')
        .addStringOption((o) => o.setName('url').setDescription('The address of the article, https://…').setRequired(true).setMaxLength(2000)),
    )
    .addSubcommand((s) =>
      s
        .setName('remove')
        .setDescription('Move an article out of the corpus (it can be moved back).')
        .addStringOption((o) => o.setName('id').setDescription('The document id (see /sources)').setRequired(true).setMaxLength(100).setAutocomplete(true)),
    ),
  description: 'Add an article from its web address, or remove one (moved to corpus/.removed/, recoverable). Members with Manage Server only.',
  usage: '/corpus add url: <https://…> · /corpus remove id: <document id>',
  example: '/corpus add url: https://example.com/news/summit-story',
  run(ctx, options) {
    if (ctx.caller && !ctx.caller.canManageGuild) {
      ctx.logger?.warn({ event: 'corpus_forbidden', user: ctx.caller.userId, guild: ctx.caller.guildId, subcommand: options.subcommand ?? null }, '/corpus refused: the member lacks Manage Server');
      return refusal('forbidden', 'Only members with the Manage Server permission can add or remove articles.');
    }
    const corpus = ctx.corpus;
    if (!corpus) {
      return refusal(
        'not_available',
        'Articles are added and removed in Discord with /corpus; here, use `npm run --silent cli -- ingest <url>`, or move a file out of the corpus folder.',
      );
    }
    const sub = subcommand(options);
    if (!sub) return refusal('bad_input', 'Say what to do: `/corpus add url: <address>` or `/corpus remove id: <document id>`.');
    if (!sub.value) return refusal('bad_input', sub.name === 'add' ? 'Give the address of the article: `/corpus add url: https://…`.' : 'Give the id of the document to remove (see /sources).');
    return sub.name === 'add' ? add({ ...ctx, corpus }, sub.value) : remove({ ...ctx, corpus }, sub.value);
  },
  autocomplete(ctx, option, typed) {
    return option === 'id' || option === 'remove' ? sourceChoices(ctx.corpus?.current() ?? ctx.engine, typed) : [];
  },
} satisfies Command;
