import { useEffect } from "react";
import { hrefFor } from "../../app/router";
import { Bidi } from "../../ui/Bidi";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { formatDate } from "../../ui/format";
import { useQuery } from "../../app/useQuery";
import { ThreadEvents } from "./ThreadEvents";
import { useLiveThread } from "./useLiveThread";
import "./neighbourhood.css";

/** #/partnerships/<id>: the neighbourhoods a partnership gathers, with how many priorities each has open, and its meetings. */
export function PartnershipPage({ id }: { id: string }) {
  const { result, reload } = useQuery("partnerships.view", { id }, id);
  const ready = result.state === "ready" ? result.value : null;
  // A member neighbourhood's priority changed in another tab or window: the counts follow.
  useLiveThread(ready?.partnership.id ?? null, ready?.seq ?? null, reload);
  const name = result.state === "ready" ? result.value.partnership.name : "Partnership";
  useEffect(() => {
    document.title = `${name} · Hearth`;
  }, [name]);
  if (result.state === "loading") return <p>Loading the partnership…</p>;
  if (result.state === "error") return <ErrorMessage error={result.message} />;
  const view = result.value;
  return (
    <div className="thread">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href={hrefFor({ name: "neighbourhoods" })}>Neighbourhoods</a>
      </nav>
      <h1>
        <Bidi>{view.partnership.name}</Bidi>
      </h1>
      {view.formerNames.length > 0 && <p className="thread__meta">Also written: {view.formerNames.join(", ")}</p>}
      <section aria-labelledby="members-h">
        <h2 id="members-h">Neighbourhoods</h2>
        <table className="thread-table">
          <thead>
            <tr>
              <th scope="col">Neighbourhood</th>
              <th scope="col">Events</th>
              <th scope="col">Priorities</th>
              <th scope="col">Still open</th>
            </tr>
          </thead>
          <tbody>
            {view.neighbourhoods.map((n) => (
              <tr key={n.neighbourhood.id}>
                <td>
                  <a href={hrefFor({ name: "neighbourhood", id: n.neighbourhood.id })}>
                    <Bidi>{n.neighbourhood.name}</Bidi>
                  </a>
                </td>
                <td>{n.events}</td>
                <td>{n.priorities}</td>
                <td>{n.open}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="meetings-h">
        <h2 id="meetings-h">Events</h2>
        <ThreadEvents events={view.events} />
      </section>
    </div>
  );
}
