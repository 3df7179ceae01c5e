import { existsSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { InputError, UsageError } from '../../errors.js';
import type { Parse } from '../../routes/inventory.js';

const FORMATS = ['text', 'json'] as const;
type Format = (typeof FORMATS)[number];

/** The parser is loaded only when this command runs, so other commands start fast. */
async function loadParser(): Promise<Parse> {
  let parse: typeof import('@typescript-eslint/typescript-estree').parse;
  try {
    ({ parse } = await import('@typescript-eslint/typescript-estree'));
  } catch (error) {
    // typescript-estree needs the `typescript` package, which a project linting TypeScript already has
    throw new UsageError(`apigov routes needs the "typescript" package installed (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
  }
  return (code, options) => parse(code, { jsx: options.jsx, loc: true, range: true, comment: false });
}

export function registerRoutesCommand(program: Command): void {
  program
    .command('routes')
    .description('List every route of a code base (Express, Fastify, Hono, NestJS, Koa, Next.js) with its full path and where it is declared.')
    .argument('[dir]', 'the directory to scan', '.')
    .option('--format <format>', `output format: ${FORMATS.join(' | ')}`, 'text')
    .action(async (dir: string, options: { format: string }) => {
      if (!(FORMATS as readonly string[]).includes(options.format)) {
        throw new UsageError(`unknown format "${options.format}" (expected ${FORMATS.join(' or ')})`);
      }
      if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new InputError('not a directory', { file: dir });
      // The inventory pulls in the plugin's route model (and ESLint's utils): load it only here.
      const { buildInventory, formatInventoryText } = await import('../../routes/inventory.js');
      const inventory = buildInventory(dir, await loadParser());
      for (const skipped of inventory.skipped) process.stderr.write(`apigov routes: skipped ${skipped.file}: ${skipped.reason}\n`);
      const format = options.format as Format;
      process.stdout.write(format === 'json' ? `${JSON.stringify(inventory.routes, null, 2)}\n` : formatInventoryText(inventory));
    });
}
