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
 * This file drives a run: it schedules the calls and takes the agenda's items in order. The
 * parts live beside it: `flood-listener.ts` (the server), `cookie-defence.ts`,
 * `flood-attacker.ts`, `flood-wire.ts` (the network), `machine-outputs.ts`,
 * `held-connections.ts`, `flood-recorder.ts` and `flood-trace.ts`.
 */
import { createRng } from '../rng.ts';
import type { Trace } from '../trace.ts';
import { Connection } from './connection.ts';
import { FloodAgenda, RANK, type FloodItem } from './flood-agenda.ts';
import { sendForgedSyn } from './flood-attacker.ts';
import { checkSynFloodConfig, type SynFloodConfig } from './flood-config.ts';
import type { FloodContext } from './flood-context.ts';
import { CLIENT_PORT, SERVER_PORT, clientRole, endpointConfig } from './flood-hosts.ts';
import { FloodListener } from './flood-listener.ts';
import { FloodRecorder } from './flood-recorder.ts';
import { buildFloodTrace } from './flood-trace.ts';
import { FloodWire } from './flood-wire.ts';
import { HeldConnections } from './held-connections.ts';
import { applyOutputs, arrivalAt, expireTimer } from './machine-outputs.ts';

const MAX_STEPS = 200_000;

/** Runs a SYN flood to the end: until no segment is in flight and no timer is pending. */
export function simulateSynFlood(config: SynFloodConfig): Trace {
  return new SynFloodRun(config).run();
}

class SynFloodRun {
  private readonly ctx: FloodContext;
  private readonly client: Connection;
  private readonly listener: FloodListener;

  constructor(private readonly config: SynFloodConfig) {
    checkSynFloodConfig(config);
    const agenda = new FloodAgenda();
    const recorder = new FloodRecorder(agenda);
    const rng = createRng(config.seed);
    // The secret is drawn before the client's ISN: the order of draws fixes every trace.
    const secret = rng.nextU32();
    this.ctx = {
      config,
      agenda,
      recorder,
      wire: new FloodWire(agenda, recorder, config.oneWayDelayMs),
      held: new HeldConnections(config.backlog),
      rng,
      secret,
    };
    this.client = new Connection(
      endpointConfig(config.rto, rng.nextU32(), CLIENT_PORT, SERVER_PORT, config.clientSynRetries),
    );
    this.listener = new FloodListener(this.ctx);
    agenda.push(0, { kind: 'listen' }, RANK.call);
    for (let n = 0; n < config.attackSyns; n++) {
      agenda.push(
        config.attackStartMs + n * config.attackIntervalMs,
        { kind: 'spoof', n },
        RANK.call,
      );
    }
    agenda.push(config.clientConnectMs, { kind: 'connect' }, RANK.call);
  }

  run(): Trace {
    const { agenda, recorder, held } = this.ctx;
    let steps = 0;
    for (let item = agenda.next(); item !== undefined; item = agenda.next()) {
      if (++steps > MAX_STEPS) break;
      this.handle(item);
      if (this.listener.listening) {
        recorder.backlog(held.backlogEntries(), held.capacity, this.config.synCookies);
      }
    }
    return buildFloodTrace(this.config, recorder, this.client.iss, held.serverIsn);
  }

  private handle(item: FloodItem): void {
    const { ctx } = this;
    switch (item.kind) {
      case 'listen':
        this.listener.listen();
        return;
      case 'connect':
        ctx.recorder.call('client', 'connect');
        applyOutputs(
          ctx,
          this.client,
          clientRole(),
          this.client.dispatch({ type: 'app.connect', t: ctx.agenda.now }),
        );
        return;
      case 'spoof':
        sendForgedSyn(ctx, item.n);
        return;
      case 'arrive':
        ctx.recorder.deliver(item.id);
        if (item.to === 'client') {
          applyOutputs(
            ctx,
            this.client,
            clientRole(),
            this.client.dispatch(arrivalAt(ctx.agenda.now, item.segment)),
          );
        } else {
          this.listener.receive(item.from, item.segment);
        }
        return;
      case 'drop':
        ctx.recorder.drop(item.id);
        return;
      case 'timer':
        expireTimer(ctx, item);
        return;
    }
  }
}
