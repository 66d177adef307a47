import type { Engine } from '../engine/engine.ts';
import { addArticle } from '../corpus/add-article.ts';
import { allowPrivateFromEnv } from '../corpus/address.ts';
import type { Answer, ErrorAnswer } from '../types.ts';

/** Flag values as parsed from the command line. */
export type FlagValues = Readonly<Record<string, string | boolean | undefined>>;

/**
 * A command the command line has and Discord does not: looking up one passage by id, listing the speakers,
 * adding an article to the corpus. Discord's commands come from `commands/`.
 */
export interface LocalCommand {
  name: string;
  /** What follows the name in the usage line. */
  args: string;
  description: string;
  /** The one text argument it needs, if any: what it is and a command line that gives it. */
  needs?: { what: string; example: string };
  /** Its own flags (the global ones, --json and --corpus, are not repeated). */
  flags: Readonly<Record<string, 'string' | 'boolean'>>;
  run(text: string, flags: FlagValues, corpus: CorpusAccess): Answer | ErrorAnswer | Promise<Answer | ErrorAnswer>;
}

/** The configured corpus: its engine and its folder, each found when first asked for. */
export interface CorpusAccess {
  engine(): Engine;
  corpusDir(): string;
  /** The environment the command line runs in (INGEST_ALLOW_PRIVATE). */
  env: NodeJS.ProcessEnv;
}

const str = (v: string | boolean | undefined): string | undefined => (typeof v === 'string' ? v : undefined);

/** The command line's own commands. */
export const LOCAL_COMMANDS: readonly LocalCommand[] = [
  {
    name: 'passage',
    args: '<passage id>',
    description: 'One paragraph with its citation, by the id an answer gives, e.g. yonhap-kim-putin-summit#p2.',
    needs: { what: 'a passage id', example: 'passage yonhap-kim-putin-summit#p2' },
    flags: {},
    run: (text, _flags, corpus) => corpus.engine().passage(text),
  },
  {
    name: 'speakers',
    args: '',
    description: 'Everyone quoted in the corpus, with the other names they go by, their role and number of quotes.',
    flags: {},
    run: (_text, _flags, corpus) => corpus.engine().speakers(),
  },
  {
    name: 'ingest',
    args: '<url | page.html | file.txt> [--published YYYY-MM-DD] [--outlet X] [--url U] [--title T] [--id ID] [--out dir (default: the corpus)] [--force]',
    description: 'Adds an article from its web address, a saved page or its text to the corpus (--published is needed only when the page or text does not say).',
    needs: { what: 'a web address, a saved page or a text file', example: 'ingest https://example.com/news/story' },
    flags: { published: 'string', outlet: 'string', url: 'string', title: 'string', id: 'string', out: 'string', force: 'boolean' },
    async run(text, flags, corpus) {
      const added = await addArticle(text, {
        published: str(flags.published),
        outlet: str(flags.outlet),
        url: str(flags.url),
        title: str(flags.title),
        id: str(flags.id),
        // Into the corpus the other commands answer from: --corpus, else CORPUS_DIR, else corpus/.
        out: str(flags.out) ?? corpus.corpusDir(),
        force: flags.force === true,
        limits: { allowPrivate: allowPrivateFromEnv(corpus.env) },
      });
      return { kind: 'ingest', ...added };
    },
  },
];
