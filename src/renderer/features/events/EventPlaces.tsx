import type { HearthEvent } from "../../../core";
import { hrefFor } from "../../app/router";
import { Bidi } from "../../ui/Bidi";
import { useQuery } from "../../app/useQuery";

type Hrefs = (list: "neighbourhood" | "partnership", name: string) => string | null;

/** Finds each neighbourhood's and partnership's page by the name an event carries (an old spelling leads to where it was merged). */
export function usePlaceHrefs(key: string): Hrefs {
  const { result } = useQuery("neighbourhoods.directory", {}, key);
  if (result.state !== "ready") return () => null;
  const { neighbourhoods, partnerships } = result.value;
  const follow = <T extends { id: string; name: string; mergedInto: string | null }>(list: readonly T[], name: string) => {
    let at = list.find((r) => r.name.toLowerCase() === name.toLowerCase());
    for (let hops = 0; at?.mergedInto && hops < 32; hops++) at = list.find((r) => r.id === at!.mergedInto) ?? at;
    return at;
  };
  return (list, name) => {
    const found = list === "neighbourhood" ? follow(neighbourhoods, name) : follow(partnerships, name);
    return found ? hrefFor({ name: list, id: found.id }) : null;
  };
}

/** " · neighbourhood · partnership · venue", the first two linking to their pages. */
export function EventPlaces({ event, hrefs }: { event: Pick<HearthEvent, "neighbourhood" | "partnership" | "venue">; hrefs: Hrefs }) {
  const part = (text: string, href: string | null) => (
    <span>
      {" · "}
      {href ? (
        <a href={href}>
          <Bidi>{text}</Bidi>
        </a>
      ) : (
        <Bidi>{text}</Bidi>
      )}
    </span>
  );
  return (
    <>
      {event.neighbourhood && part(event.neighbourhood, hrefs("neighbourhood", event.neighbourhood))}
      {event.partnership && part(event.partnership, hrefs("partnership", event.partnership))}
      {event.venue && part(event.venue, null)}
    </>
  );
}
