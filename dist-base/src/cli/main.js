#!/usr/bin/env node
// The composition root: the only place that reads the environment and picks adapters.
import { loadConfig } from '../config/index.js';
import { serve } from './commands/serve.js';
const USAGE = `usage: waymark <command>

commands:
  serve   start the server and the web app (default)
  demo    fill the store with a realistic demo shop through the tracking API
  import  load a file of Segment calls (NDJSON, one per line) through the ingest path`;
async function main(argv) {
    const command = argv[0] ?? 'serve';
    const config = loadConfig(process.env);
    if (!config.ok) {
        console.error(`waymark: ${config.error}`);
        process.exit(1);
    }
    switch (command) {
        case 'serve': {
            const server = await serve(config.value);
            const stop = (signal) => {
                console.log(`waymark: ${signal}, finishing writes and stopping`);
                server.close().then(() => process.exit(0), (error) => {
                    console.error('waymark: stop failed', error);
                    process.exit(1);
                });
            };
            process.once('SIGINT', () => stop('SIGINT'));
            process.once('SIGTERM', () => stop('SIGTERM'));
            return;
        }
        case 'demo': {
            const { demo } = await import('./commands/demo.js');
            await demo(config.value, argv.slice(1));
            return;
        }
        case 'import': {
            const { importFile } = await import('./commands/import.js');
            await importFile(config.value, argv.slice(1));
            return;
        }
        case 'help':
        case '--help':
            console.log(USAGE);
            return;
        default:
            console.error(`waymark: unknown command ${command}\n\n${USAGE}`);
            process.exit(2);
    }
}
main(process.argv.slice(2)).catch((error) => {
    console.error('waymark:', error instanceof Error ? error.message : error);
    process.exit(1);
});
//# sourceMappingURL=main.js.map