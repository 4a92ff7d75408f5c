/**
 * A SYN flood against a listener with a bounded SYN queue, and SYN cookies as the defence
 * (RFC 4987). The listener keeps one endpoint machine per half-open connection, each in
 * SYN-RECEIVED with its own SYN+ACK retransmissions; an attacker sends SYNs from forged
 * addresses that never complete; a legitimate client then tries to connect. Pure and
 * deterministic: one virtual clock, one seeded generator.
 *
 * The trace keeps its two lanes. The client lane carries the legitimate client and the
 * attacker's SYNs (marked with their forged address); the server lane is the listening socket
 * and, once there is one, its connection with the legitimate client. The half-open entries of
 * forged addresses appear in `backlog` events, not as server state changes.
 *
 * This file sets a run up on the runtime (src/sim/runtime/) and says what its calls do and
 * where its segments arrive. The parts live beside it: `flood-listener.ts` (the server),
 * `cookie-defence.ts`, `flood-attacker.ts`, `flood-wire.ts` (the network), `flood-effects.ts`,
 * `held-connections.ts`, `flood-backlog.ts` and `flood-trace.ts`.
 */
import { createRng } from '../rng.ts';
import { Runtime, type Connection } from '../runtime/index.ts';
import type { Segment } from '../segment.ts';
import type { Trace } from '../trace.ts';
import type { TcbTable } from '../tcb-table.ts';
import { sendForgedSyn } from './flood-attacker.ts';
import { BacklogLog } from './flood-backlog.ts';
import { checkSynFloodConfig, type SynFloodConfig } from './flood-config.ts';
import type { FloodCall, FloodContext, FloodRoute } from './flood-context.ts';
import { arrivalAt, floodConnection } from './flood-effects.ts';
import { CLIENT_PORT, SERVER_PORT, clientRole, endpointConfig } from './flood-hosts.ts';
import { FloodListener } from './flood-listener.ts';
import { sentence } from './flood-reasons.ts';
import { buildFloodTrace } from './flood-trace.ts';
import { floodFlight } from './flood-wire.ts';
import { HeldConnections } from './held-connections.ts';

const MAX_STEPS = 200_000;

/** Runs a SYN flood to the end: until no segment is in flight and no timer is pending. */
export function simulateSynFlood(config: SynFloodConfig): Trace {
  return new SynFloodRun(config).run();
}

/**
 * `simulateSynFlood` with the run's TCB table: the client's connection, and in the server lane
 * the connection the listener opens with the client (none while the SYN queue turns it away).
 */
export function simulateSynFloodWithTcb(config: SynFloodConfig): { trace: Trace; tcb: TcbTable } {
  const run = new SynFloodRun(config);
  return { trace: run.run(), tcb: run.tcbTable() };
}

class SynFloodRun {
  private readonly ctx: FloodContext;
  private readonly client: Connection;
  private readonly listener: FloodListener;
  private readonly backlog: BacklogLog;

  constructor(private readonly config: SynFloodConfig) {
    checkSynFloodConfig(config);
    const runtime = new Runtime<FloodRoute, FloodCall>({
      driver: {
        call: (call) => {
          this.call(call);
        },
        arrive: (route, segment) => {
          this.arrive(route, segment);
        },
      },
      describe: sentence,
      flight: floodFlight(config.oneWayDelayMs),
    });
    const rng = createRng(config.seed);
    // The secret is drawn before the client's ISN: the order of draws fixes every trace.
    const secret = rng.nextU32();
    this.ctx = { config, runtime, held: new HeldConnections(config.backlog), rng, secret };
    this.client = floodConnection(
      this.ctx,
      endpointConfig(config.rto, rng.nextU32(), CLIENT_PORT, SERVER_PORT, config.clientSynRetries),
      clientRole(),
    );
    runtime.tcbs.watch('client', this.client);
    this.listener = new FloodListener(this.ctx);
    this.backlog = new BacklogLog(runtime.log, runtime);
    runtime.call(0, { kind: 'listen' });
    for (let n = 0; n < config.attackSyns; n++) {
      runtime.call(config.attackStartMs + n * config.attackIntervalMs, { kind: 'spoof', n });
    }
    runtime.call(config.clientConnectMs, { kind: 'connect' });
  }

  run(): Trace {
    const { runtime, held } = this.ctx;
    runtime.run(MAX_STEPS, () => {
      held.settle();
      if (this.listener.listening) {
        this.backlog.record(held.backlogEntries(), held.capacity, this.config.synCookies);
      }
    });
    return buildFloodTrace(this.config, runtime.log, this.client.tcb.iss, held.serverIsn);
  }

  /** The TCB table of the run so far (tcb-table.ts). */
  tcbTable(): TcbTable {
    return this.ctx.runtime.tcbs.table(false);
  }

  private call(call: FloodCall): void {
    const { runtime } = this.ctx;
    switch (call.kind) {
      case 'listen':
        this.listener.listen();
        return;
      case 'connect':
        runtime.log.call('client', 'connect', undefined, null);
        this.client.handle({ type: 'app.connect', t: runtime.now });
        return;
      case 'spoof':
        sendForgedSyn(this.ctx, call.n);
        return;
    }
  }

  private arrive(route: FloodRoute, segment: Segment): void {
    if (route.to === 'client') this.client.handle(arrivalAt(this.ctx.runtime.now, segment));
    else this.listener.receive(route.from, segment);
  }
}
