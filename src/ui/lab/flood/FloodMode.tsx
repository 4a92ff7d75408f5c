/**
 * The SYN flood: a run computed by the core's listener model, played by the scenario player,
 * with the server's SYN queue beside the diagram. On this run the client lane carries the
 * attacker's forged SYNs too, so it is named for both, and the flood's reasons are added to the
 * catalogue the narration reads.
 */
import { useMemo, useState } from 'react';
import { simulateSynFlood, SYN_FLOOD_DEFAULTS, type SynFloodConfig } from '../../../sim/index.ts';
import { MessagesContext, useMessages } from '../../run/index.ts';
import { ScenarioView } from '../../stage/index.ts';
import { BacklogQueue } from './BacklogQueue.tsx';
import { FloodControls } from './FloodControls.tsx';
import { FloodNotes } from './FloodNotes.tsx';

export function FloodMode() {
  const t = useMessages();
  const [config, setConfig] = useState<SynFloodConfig>(SYN_FLOOD_DEFAULTS);
  const trace = useMemo(() => simulateSynFlood(config), [config]);
  const messages = useMemo(
    () => ({
      ...t,
      endpoint: { ...t.endpoint, client: t.lab.floodClientSide },
      reasonTemplates: { ...t.reasonTemplates, ...t.lab.floodReasons },
    }),
    [t],
  );
  return (
    <>
      <div className="lab-toolbar">
        <FloodControls config={config} onChange={setConfig} />
      </div>
      <MessagesContext.Provider value={messages}>
        <ScenarioView
          key={JSON.stringify(config)}
          trace={trace}
          initialStep={0}
          description={null}
          childrenTab={t.lab.modeName.flood}
        >
          {/* Focusable: it scrolls on small screens and holds no control of its own. */}
          <section className="panel lab-panel" aria-label={t.lab.modeName.flood} tabIndex={0}>
            <div className="lab-panel-body">
              <BacklogQueue />
              <FloodNotes cookies={config.synCookies} />
            </div>
          </section>
        </ScenarioView>
      </MessagesContext.Provider>
    </>
  );
}
