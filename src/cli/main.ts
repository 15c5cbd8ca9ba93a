// The command-line face: argv → command → exit status. Exit 0 ok, 1 invalid input or a failed step,
// 2 usage.
import { describeError, InvalidInputError, PublishError, UsageError, userError } from '../errors.ts';
import { formatProblems } from '../report/text.ts';
import { parseCommandLine, USAGE } from './args.ts';
import { listCommand, packCommand, validateCommand } from './commands.ts';
import { publishCommand } from './publish-command.ts';
import { runServerless } from './serverless-commands.ts';

async function dispatch(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(argv);
  const [command, ...dirs] = positionals;
  if (values.help || command === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (command === 'validate') return validateCommand(dirs, values);
  if (command === 'pack') return packCommand(dirs, values);
  if (command === 'publish') return publishCommand(dirs, values);
  if (command === 'list') {
    if (dirs.length > 1) throw new UsageError(`list takes one ROOT; unexpected argument "${dirs.at(-1)}"`);
    return listCommand(dirs[0] ?? '.', values);
  }
  throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
}

export async function main(argv: string[]): Promise<number> {
  // The Serverless Registry toolbox has its own options, usage and errors.
  if (argv[0] === 'serverless') return runServerless(argv.slice(1));
  try {
    return await dispatch(argv);
  } catch (thrown) {
    const error = userError(thrown) ?? thrown;
    if (error instanceof UsageError) {
      process.stderr.write(`component-publish: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof InvalidInputError) {
      process.stderr.write(formatProblems(error.problems, 'text', false));
      process.stderr.write(`component-publish: ${error.message}\n`);
      return 1;
    }
    if (error instanceof PublishError) {
      process.stderr.write(`component-publish: ${describeError(error)}\n`);
      return 1;
    }
    process.stderr.write(
      `component-publish: unexpected failure (a bug; please report it):\n${describeError(error)}\n`,
    );
    return 1;
  }
}
