import { useCallback, useEffect, useState } from "react";
import type { CustomTemplate } from "../../core";
import { useClient } from "./ClientContext";

export interface EventFormOptions {
  readonly neighbourhoods: readonly string[];
  readonly partnerships: readonly string[];
  readonly templates: readonly CustomTemplate[];
}

const EMPTY: EventFormOptions = { neighbourhoods: [], partnerships: [], templates: [] };

/**
 * What the event forms offer: the neighbourhood and partnership names in use, and saved
 * templates. A list that fails to load is just empty: a name can always be typed.
 */
export function useEventFormOptions(): { options: EventFormOptions; reload: () => void } {
  const client = useClient();
  const [options, setOptions] = useState<EventFormOptions>(EMPTY);
  const reload = useCallback(() => {
    void Promise.all([client.call("neighbourhoods.list", {}), client.call("partnerships.list", {}), client.call("templates.list", {})]).then(
      ([n, p, t]) =>
        setOptions({
          neighbourhoods: n.ok ? n.value : [],
          partnerships: p.ok ? p.value : [],
          templates: t.ok ? t.value : [],
        }),
    );
  }, [client]);
  useEffect(reload, [reload]);
  return { options, reload };
}
