/**
 * A scenario written back as a scenario file (the format instructors write): every setting
 * explicit, so the file replays the same run wherever it is opened.
 */
import type { ScenarioFile } from '../scenarios/index.ts';
import type { EndpointSpec, Scenario } from '../sim/index.ts';

function endpointFile(spec: EndpointSpec) {
  return {
    ...(spec.isn === null
      ? {}
      : { isn: spec.laterIsns === undefined ? spec.isn : [spec.isn, ...spec.laterIsns] }),
    port: spec.port,
    window: spec.window,
    mss: spec.mss,
    windowScale: spec.windowScale,
    sackPermitted: spec.sackPermitted,
  };
}

/** The file that parses back to this scenario. */
export function toScenarioFile(scenario: Scenario): ScenarioFile {
  const { delayMs } = scenario;
  return {
    name: scenario.name,
    title: { en: scenario.title.en, ko: scenario.title.ko },
    ...(scenario.description.en === ''
      ? {}
      : { description: { en: scenario.description.en, ko: scenario.description.ko } }),
    seed: scenario.seed,
    client: endpointFile(scenario.client),
    server: endpointFile(scenario.server),
    oneWayDelayMs:
      delayMs.clientToServer === delayMs.serverToClient
        ? delayMs.clientToServer
        : { clientToServer: delayMs.clientToServer, serverToClient: delayMs.serverToClient },
    mslMs: scenario.mslMs,
    rto: { ...scenario.rto },
    maxRetransmissions: scenario.maxRetransmissions,
    events: scenario.events.map((e) => ({
      t: e.t,
      endpoint: e.endpoint,
      call: e.call,
      ...(e.bytes === undefined ? {} : { bytes: e.bytes }),
    })),
    network: {
      drop: scenario.network.drop.map((f) => ({ from: f.from, index: f.index })),
      delay: scenario.network.delay.map((f) => ({ from: f.from, index: f.index, ms: f.ms })),
      duplicate: scenario.network.duplicate.map((f) => ({
        from: f.from,
        index: f.index,
        ...(f.ms === undefined ? {} : { ms: f.ms }),
      })),
    },
    ...(scenario.attacks === undefined || scenario.attacks.length === 0
      ? {}
      : {
          attacks: scenario.attacks.map((a) => ({
            t: a.t,
            to: a.target,
            flags: [...a.flags],
            seq: a.seq,
            ...(a.ack === null ? {} : { ack: a.ack }),
            len: a.len,
            from: a.address,
          })),
        }),
  };
}

/** The file as the text a user downloads. */
export function scenarioFileText(scenario: Scenario): string {
  return `${JSON.stringify(toScenarioFile(scenario), null, 2)}\n`;
}
