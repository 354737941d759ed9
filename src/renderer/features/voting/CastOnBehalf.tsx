import { useState } from "react";
import { applyBallotOp, dotList, dotTotal, type RoundItem, type VoteRound } from "../../../core";
import { newId } from "../../../api";
import { useClient } from "../../app/ClientContext";
import { BallotPicker } from "./BallotPicker";
import { counted } from "./words";

/**
 * At the laptop, for a resident without a phone: the same ballot, filled in with them, cast
 * as a new anonymous voter. The voter id is drawn when the ballot starts, so pressing Cast
 * twice (or a resend after a drop) cannot make two voters.
 */
export function CastOnBehalf({ round, items }: { round: VoteRound; items: readonly RoundItem[] }) {
  const client = useClient();
  const [ballot, setBallot] = useState<{ voterId: string; dots: Map<string, number> } | null>(null);
  const [done, setDone] = useState(0);
  const [note, setNote] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const open = round.status === "open";

  function change(op: "add" | "remove", itemId: string) {
    if (!ballot) return;
    const next = applyBallotOp(round, ballot.dots, { op, itemId });
    if (next.ok) setBallot({ ...ballot, dots: next.dots });
    else setNote({ error: true, text: next.message });
  }

  async function cast() {
    if (!ballot) return;
    setBusy(true);
    const r = await client.call("votes.castFor", { roundId: round.id, voterId: ballot.voterId, dots: dotList(ballot.dots) });
    setBusy(false);
    if (!r.ok) return setNote({ error: true, text: `Not cast: ${r.error.message}` });
    setBallot(null);
    setDone((n) => n + 1);
    setNote({ error: false, text: `Cast ${counted(dotTotal(ballot.dots), "dot")} for a resident.` });
  }

  return (
    <section className="card voting-tool" aria-labelledby="cast-for-heading">
      <h3 id="cast-for-heading">Vote at this laptop</h3>
      <p className="muted">For a resident without a phone: fill in a ballot with them. Each is a separate, anonymous voter.</p>
      {ballot ? (
        <>
          <BallotPicker
            items={items}
            dots={ballot.dots}
            dotsPerVoter={round.dotsPerVoter}
            maxPerItem={round.maxPerItem}
            disabled={!open || busy}
            onAdd={(id) => change("add", id)}
            onRemove={(id) => change("remove", id)}
          />
          <div className="voting-tool__actions">
            <button type="button" className="button button--primary" disabled={!open || busy || dotTotal(ballot.dots) === 0} onClick={() => void cast()}>
              Cast {counted(dotTotal(ballot.dots), "dot")}
            </button>
            <button type="button" onClick={() => setBallot(null)}>
              Cancel
            </button>
          </div>
        </>
      ) : (
        <button
          type="button"
          className="button"
          disabled={!open}
          onClick={() => {
            setNote(null);
            setBallot({ voterId: newId(), dots: new Map() });
          }}
        >
          New ballot for a resident
        </button>
      )}
      {!open && <p className="muted">{round.status === "paused" ? "Voting is paused." : "Voting is not open."}</p>}
      {note && (
        <p role={note.error ? "alert" : "status"} className={note.error ? "error" : "voting-tool__ok"}>
          {note.text}
        </p>
      )}
      {done > 0 && <p className="muted">{counted(done, "resident")} voted at this laptop since this page opened.</p>}
    </section>
  );
}
