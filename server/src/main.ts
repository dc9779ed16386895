/**
 * Composition root: reads the config, opens the store, builds the server,
 * listens, and shuts down gracefully on SIGTERM/SIGINT (stop accepting,
 * close sockets with serverShutdown, commit what is queued, close the store).
 * The first stdout line is `{"msg":"listening","host":…,"port":…}` so
 * scripts and tests can find a server started on PORT=0.
 */
import { createServer } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import type { Config } from './config.js';
import { createLogger } from './logger.js';
import { createMailer } from './mail/mailer.js';
import { prepareAccounts } from './seed/prepareAccounts.js';
import { noLiveConnections } from './services/context.js';
import { createServiceContext } from './services/createServiceContext.js';
import { describeStore, openConfiguredStore } from './store/openConfiguredStore.js';
import type { Store } from './store/port.js';

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

/** MONGODB_URL set → MongoDB; otherwise the embedded SQLite file in DATA_DIR. */
async function openStore(config: Config): Promise<Store> {
  return openConfiguredStore(config);
}

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config.logLevel);
  process.on('unhandledRejection', (error) => logger.error('unhandled rejection', { error }));

  logger.info('opening store', { store: describeStore(config) });
  const store = await openStore(config);
  const { announcement } = await prepareAccounts({
    ctx: createServiceContext({ config, store, logger, ...noLiveConnections }),
    config,
  });
  const mailer = createMailer(config.mail, logger);
  if (!mailer.enabled) {
    logger.info('no SMTP_URL: no mail is sent; admins pass invitation links on themselves');
  }
  const server = createServer({ config, store, logger, mailer });
  const address = await server.listen();
  // Before anything is printed: whoever reads the listening line may signal at once.
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn('second signal; exiting without waiting', { signal });
      process.exit(1);
    }
    stopping = true;
    logger.info('shutting down', { signal });
    void (async () => {
      try {
        await server.close();
        await store.close();
        mailer.close();
        logger.info('stopped');
        process.exit(0);
      } catch (error) {
        logger.error('shutdown failed', { error });
        process.exit(1);
      }
    })();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);

  // Said once, on stdout (scripts read it there), not repeated in the log on stderr.
  process.stdout.write(
    JSON.stringify({
      msg: 'listening',
      host: address.address,
      port: address.port,
      store: store.kind,
    }) + '\n',
  );
  if (announcement.length > 0) process.stdout.write(announcement.join('\n') + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`samverka failed to start: ${String(error)}\n`);
  process.exit(1);
});
