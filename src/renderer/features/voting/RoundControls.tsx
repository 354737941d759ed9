import { useState } from "react";
import type { VoteRound } from "../../../core";
import { newId } from "../../../api";
import { useClient } from "../../app/ClientContext";

type Move = "rounds.open" | "rounds.pause" | "rounds.close" | "rounds.reveal";

/** The facilitator's buttons for a round, only those that make sense in its status. */
export function RoundControls({ round, onEdit, onCreated }: { round: VoteRound; onEdit: () => void; onCreated: (roundId: string) => void }) {
  const client = useClient();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [topN, setTopN] = useState("5");

  async function run(p: Promise<{ ok: true; value: { id: string } } | { ok: false; error: { message: string } }>, created = false) {
    setBusy(true);
    setError(null);
    const r = await p;
    setBusy(false);
    if (!r.ok) setError(r.error.message);
    else if (created) onCreated(r.value.id);
  }
  const move = (m: Move) => void run(client.call(m, { roundId: round.id }));
  const duplicate = (n: number | null) => void run(client.call("rounds.duplicate", { id: newId(), roundId: round.id, topN: n }), true);
  const button = (label: string, m: Move, primary = false) => (
    <button type="button" className={`button ${primary ? "button--primary" : ""}`} disabled={busy} onClick={() => move(m)}>
      {label}
    </button>
  );

  return (
    <div className="round-controls">
      <div className="round-controls__row">
        {round.status === "draft" && (
          <>
            {button("Open voting", "rounds.open", true)}
            <button type="button" onClick={onEdit} disabled={busy}>
              Edit settings
            </button>
          </>
        )}
        {round.status === "open" && (
          <>
            {button("Pause", "rounds.pause")}
            {button("Close voting", "rounds.close", true)}
          </>
        )}
        {round.status === "paused" && (
          <>
            {button("Resume voting", "rounds.open", true)}
            {button("Close voting", "rounds.close")}
          </>
        )}
        {round.status === "closed" && (
          <>
            {button("Reveal results", "rounds.reveal", true)}
            {button("Reopen voting", "rounds.open")}
          </>
        )}
        {round.status === "revealed" && (
          <button
            type="button"
            className={`button ${round.final ? "" : "button--primary"}`}
            aria-pressed={round.final}
            disabled={busy}
            onClick={() => void run(client.call("rounds.markFinal", { roundId: round.id, final: !round.final }))}
          >
            {round.final ? "Final round ✓ (these are the priorities)" : "Mark as the final round"}
          </button>
        )}
        <button type="button" disabled={busy} onClick={() => duplicate(null)}>
          Duplicate
        </button>
      </div>
      {(round.status === "closed" || round.status === "revealed") && (
        <form
          className="round-controls__row round-controls__runoff"
          onSubmit={(e) => {
            e.preventDefault();
            duplicate(Number(topN));
          }}
        >
          <label>
            Runoff among the top{" "}
            <input type="number" min={2} max={50} value={topN} onChange={(e) => setTopN(e.target.value)} className="round-controls__topn" />{" "}
            items
          </label>
          <button type="submit" disabled={busy}>
            Create runoff round
          </button>
        </form>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}
