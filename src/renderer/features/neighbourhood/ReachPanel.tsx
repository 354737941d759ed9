import { useQuery } from "../../app/useQuery";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { formatDate } from "../../ui/format";
import { TargetsTable } from "../../ui/TargetsTable";

/**
 * Reach across the neighbourhood's events: each target group's counts added up against the
 * hopes, small numbers hidden as in every report, and the groups no event of the last six
 * months heard from.
 */
export function ReachPanel({ neighbourhoodId }: { neighbourhoodId: string }) {
  const { result } = useQuery("monitoring.reach", { neighbourhoodId }, neighbourhoodId);
  if (result.state === "loading") return null;
  if (result.state === "error") return <ErrorMessage error={result.message} />;
  const reach = result.value;
  return (
    <section aria-labelledby="reach-h">
      <h2 id="reach-h">Who we heard from</h2>
      {reach.events === 0 ? (
        <p className="muted">No event here has asked “About you” yet. Turn it on in an event's Set up.</p>
      ) : reach.targets.length === 0 ? (
        <p className="muted">
          {reach.events} {reach.events === 1 ? "event asked" : "events asked"} “About you”, with no groups to hear from set. Add them in an event's Set up.
        </p>
      ) : (
        <>
          <TargetsTable
            targets={reach.targets}
            className="reach-table"
            caption={`The groups we hoped to hear from, across ${reach.events} ${reach.events === 1 ? "event" : "events"} (1 to 4 shows as “fewer than 5”)`}
          />
          <h3>Groups we have not heard from in 6 months</h3>
          {reach.notHeard.length === 0 ? (
            <p className="muted">Every group was heard from in the last 6 months.</p>
          ) : (
            <ul className="reach-not-heard">
              {reach.notHeard.map((g) => (
                <li key={`${g.questionId}/${g.optionId}`}>
                  <bdi>{g.label}</bdi>: {g.lastHeard ? `last heard from at the event of ${formatDate(g.lastHeard)}` : "not heard from at any event yet"}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
