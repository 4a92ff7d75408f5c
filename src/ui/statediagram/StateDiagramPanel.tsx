/**
 * The RFC 9293 state diagram, drawn from the endpoint machine's own transitions, with each
 * endpoint's current state marked (C, S) and the transitions they last took lit up.
 */
import { Fragment, memo, useId, useMemo, useRef, useState } from 'react';
import {
  edgeKey,
  ENDPOINT_EDGES,
  stateDiagramGeometry,
  litTransitions,
  type DiagramEdge,
  type DiagramNode,
  type LitTransition,
} from '../../layout/index.ts';
import type { EndpointId } from '../../sim/index.ts';
import { useMessages, useRun, useCursor } from '../run/index.ts';
import { useElementWidth } from '../kit/index.ts';

/** The ids of the lit transitions, `|`-separated: a string, so the layout is memoized by value. */
function takenIds(lit: readonly LitTransition[]): string {
  return lit.flatMap((l) => (l.transition === null ? [] : [l.transition.id])).join('|');
}

export function StateDiagramPanel() {
  const t = useMessages();
  const run = useRun();
  const cursor = useCursor();
  const ref = useRef<HTMLElement>(null);
  const width = useElementWidth(ref, 360);
  const [showExceptional, setShowExceptional] = useState(false);
  const checkboxId = useId();
  const scene = run.checkpoints[cursor];

  const lit = useMemo(() => litTransitions(scene, ENDPOINT_EDGES), [scene]);
  const litIds = takenIds(lit);
  const mode = width < 560 ? 'narrow' : 'wide';
  const geometry = useMemo(
    () =>
      stateDiagramGeometry(
        ENDPOINT_EDGES,
        mode,
        showExceptional,
        new Set(litIds.split('|').filter(Boolean)),
      ),
    [mode, showExceptional, litIds],
  );
  const edgeByKey = new Map(geometry.edges.map((e) => [e.key, e]));

  const nodeOf = (endpoint: EndpointId): string | null => {
    const state = scene?.[endpoint].state;
    if (state === undefined) return null;
    if (state !== 'CLOSED') return state;
    const last = scene?.[endpoint].lastTransition;
    if (last === null || last === undefined) return 'CLOSED';
    return edgeByKey.get(edgeKey(last.event.from, last.event.to))?.toNode ?? 'CLOSED';
  };
  const current: Record<EndpointId, string | null> = {
    client: nodeOf('client'),
    server: nodeOf('server'),
  };
  const latest = scene?.latestTransition ?? null;
  const summary = [
    t.laneState(t.endpoint.client, scene?.client.state ?? 'CLOSED'),
    t.laneState(t.endpoint.server, scene?.server.state ?? 'CLOSED'),
  ].join('; ');

  return (
    <section ref={ref} className="panel diagram" aria-labelledby="diagram-heading">
      <h2 id="diagram-heading" className="panel-title">
        {t.stateDiagram}
      </h2>
      <ul className="diagram-caption">
        {lit.length === 0 && <li>{t.noTransitionYet}</li>}
        {lit.map((l) => {
          const last = scene?.[l.endpoint].lastTransition;
          if (last === null || last === undefined) return null;
          return (
            <li key={l.endpoint} className={latest?.step === l.step ? 'is-latest' : undefined}>
              <span className={`chip chip-${l.endpoint}`} aria-hidden="true">
                {l.endpoint === 'client' ? 'C' : 'S'}
              </span>
              {l.transition === null ? (
                t.justTaken(t.endpoint[l.endpoint], last.event.from, last.event.to)
              ) : (
                <>
                  {t.words.transitionCaption(
                    t.endpoint[l.endpoint],
                    last.event.from,
                    last.event.to,
                    t.words.cause[l.transition.cause],
                  )}
                  <span className="caption-desc"> ({l.transition.description})</span>
                </>
              )}
            </li>
          );
        })}
      </ul>
      <svg
        className="state-diagram"
        viewBox={`0 0 ${geometry.width} ${geometry.height}`}
        role="img"
        aria-label={`${t.stateDiagram}. ${summary}`}
        style={{ fontSize: `${geometry.fontPx}px` }}
      >
        <title>{t.stateDiagramDescription}</title>
        <g className="edges">
          {geometry.edges.map((e) => (
            <Edge
              key={e.key}
              edge={e}
              labels={geometry.labels}
              labelFontPx={geometry.labelFontPx}
              litBy={lit
                .filter((l) => l.key === e.key)
                .map((l) => l.endpoint)
                .join('-')}
              litStep={lit
                .filter((l) => l.key === e.key)
                .map((l) => l.step)
                .join('-')}
              litIds={lit
                .filter((l) => l.key === e.key)
                .flatMap((l) => (l.transition === null ? [] : [l.transition.id]))
                .join('|')}
              latest={latest !== null && edgeKey(latest.event.from, latest.event.to) === e.key}
            />
          ))}
        </g>
        <g className="nodes">
          {geometry.nodes.map((n) => (
            <Node
              key={n.id}
              node={n}
              client={current.client === n.id}
              server={current.server === n.id}
            />
          ))}
        </g>
      </svg>
      <label className="check" htmlFor={checkboxId}>
        <input
          id={checkboxId}
          type="checkbox"
          checked={showExceptional}
          onChange={(e) => {
            setShowExceptional(e.currentTarget.checked);
          }}
        />
        {t.showExceptional}
      </label>
    </section>
  );
}

/** One edge; `litBy` names the endpoints that last took it ("client", "client-server"…). */
const Edge = memo(function Edge({
  edge,
  labels,
  labelFontPx,
  litBy,
  litStep,
  litIds,
  latest,
}: {
  edge: DiagramEdge;
  labels: boolean;
  labelFontPx: number;
  litBy: string;
  litStep: string;
  /** The ids of the transitions taken along this edge, `|`-separated. */
  litIds: string;
  latest: boolean;
}) {
  const lit = litBy !== '';
  const taken = new Set(litIds.split('|'));
  const litKind = edge.transitions.find((d) => taken.has(d.id))?.kind;
  const classes = [
    'edge',
    `edge-${edge.kind}`,
    lit ? 'is-lit' : '',
    lit && litKind !== undefined ? `lit-${litKind}` : '',
    latest ? 'is-latest' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <g className={classes}>
      <title>{`${edge.from} → ${edge.to}: ${edge.transitions.map((d) => d.description).join(' | ')}`}</title>
      <path className="edge-path" d={edge.path} />
      {lit && (
        // Drawn from its start by a CSS animation (none for reduced motion); a new step restarts it.
        <path key={litStep} className={`edge-glow by-${litBy}`} d={edge.path} pathLength={1} />
      )}
      <polygon className="edge-head" points={edge.head} />
      {labels && edge.label !== null && (
        <text
          className="edge-label"
          x={edge.label.x}
          y={edge.label.y}
          textAnchor={edge.label.anchor}
          style={{ fontSize: `${labelFontPx}px` }}
        >
          {edge.labelled.map((d, i) => (
            <Fragment key={d.id}>
              {i > 0 && ' | '}
              <tspan className={taken.has(d.id) ? 'label-taken' : undefined} data-cause={d.cause}>
                {d.description}
              </tspan>
            </Fragment>
          ))}
        </text>
      )}
    </g>
  );
});

const Node = memo(function Node({
  node,
  client,
  server,
}: {
  node: DiagramNode;
  client: boolean;
  server: boolean;
}) {
  const x = node.x - node.w / 2;
  const y = node.y - node.h / 2;
  const r = node.h * 0.36;
  return (
    <g
      className={['node', client ? 'has-client' : '', server ? 'has-server' : '']
        .filter(Boolean)
        .join(' ')}
    >
      <rect x={x} y={y} width={node.w} height={node.h} rx={node.h / 2.4} />
      <text x={node.x} y={node.y} textAnchor="middle" dominantBaseline="central">
        {node.state}
      </text>
      {client && (
        <g className="marker marker-client" transform={`translate(${x + 2} ${y + 1})`}>
          <circle r={r} />
          <text textAnchor="middle" dominantBaseline="central">
            C
          </text>
        </g>
      )}
      {server && (
        <g className="marker marker-server" transform={`translate(${x + node.w - 2} ${y + 1})`}>
          <circle r={r} />
          <text textAnchor="middle" dominantBaseline="central">
            S
          </text>
        </g>
      )}
    </g>
  );
});
