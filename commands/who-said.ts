import { SlashCommandBuilder } from '@discordjs/builders';
import type { Command } from '../src/command.ts';
import { isError, numberOption, requiredText } from '../src/options.ts';

const example = "/who-said words: that's why we've come here";

export default {
  definition: new SlashCommandBuilder()
    .setName('who-said')
    .setDescription('Who said these words? Checks a quote against the sources.')
    .addStringOption((o) =>
      o.setName('words').setDescription('The words, as you remember them').setRequired(true).setMaxLength(300),
    ),
  description:
    'Who said some words: the speaker, role, full quote and citation; or that the source says something different (the differing words in bold); or that nobody in the sources said them. "Did Putin say ...?" works too.',
  usage: '/who-said words: <the words>',
  example,
  cliOptions: { limit: 'N' },
  run({ engine }, options) {
    const words = requiredText(options, 'words', example);
    if (isError(words)) return words;
    // Discord and the console show five; the command line may ask for more or fewer.
    const limit = numberOption(options, 'limit', 5, 1, 50);
    if (isError(limit)) return limit;
    return engine.whoSaid(words, limit);
  },
} satisfies Command;
