import { useEffect, useState } from "react";
import { useClient } from "./ClientContext";

/**
 * When the room cannot save (disk full, read-only folder), everyone must know at once and
 * plainly, not only the person whose note bounced. Cleared when a command is saved again.
 */
export function StorageBanner() {
  const client = useClient();
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => client.onStorageProblem(setProblem), [client]);
  if (!problem) return null;
  return (
    <div className="banner banner--bad" role="alert">
      <strong>Hearth cannot save right now.</strong> {problem} Notes you add stay in their box until they are saved.
    </div>
  );
}
