import { SlashCommandBuilder } from '@discordjs/builders';
import type { Command } from '../src/command.ts';
import { isError, numberOption, requiredText } from '../src/options.ts';

const example = '/ask question: Where was the summit held?';

export default {
  definition: new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Ask a question; get the passages that answer it, with citations.')
    .addStringOption((o) =>
      o.setName('question').setDescription('Your question, e.g. "Where was the summit held?"').setRequired(true).setMaxLength(300),
    ),
  description: 'The passages that best answer a question, each with its key sentence and citation.',
  usage: '/ask question: <your question>',
  example,
  cliOptions: { limit: 'N' },
  run({ engine }, options) {
    const question = requiredText(options, 'question', example);
    if (isError(question)) return question;
    // Discord and the console show three; the command line may ask for more.
    const limit = numberOption(options, 'limit', 3, 1, 50);
    if (isError(limit)) return limit;
    return engine.ask(question, limit);
  },
} satisfies Command;
