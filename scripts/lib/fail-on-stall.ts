import { currentStage } from './run-stage.ts';

/**
 * Makes the build fail, naming the stage it was in, when Node's event loop
 * runs empty while a stage still waits. That happens when a helper process
 * dies without answering: Pagefind's service does not report its process
 * ending (say, killed for want of memory), so the build would otherwise stop
 * with Node's bare "unsettled top-level await" and exit code 13. A build
 * that ends by `process.exit` never gets here. `afterwards` says what became
 * of the output.
 */
export function failOnStall(afterwards: string): void {
  process.once('beforeExit', () => {
    console.error(`\n✖ ${currentStage() ?? 'The build'} stopped: a helper process ended without answering (most likely the machine ran out of memory). ${afterwards}`);
    process.exitCode = 1;
  });
}
