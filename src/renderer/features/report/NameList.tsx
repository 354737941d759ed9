import { useEffect, useRef, useState, type FormEvent } from "react";
import { useClient } from "../../app/ClientContext";
import { useFormSend } from "../../app/useFormSend";
import { ErrorMessage } from "../../ui/ErrorMessage";

/** The organiser's own names for Hearth to look for (any script, any case), beside its list of common UK names. */
export function NameList({ onChanged }: { onChanged: () => void }) {
  const client = useClient();
  const [names, setNames] = useState<string[]>([]);
  const [seeded, setSeeded] = useState(0);
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void client.call("reports.names", {}).then((r) => {
      if (r.ok) {
        setNames(r.value.names);
        setSeeded(r.value.seeded);
      }
    });
  }, [client]);

  const input = useRef<HTMLInputElement>(null);
  const send = useFormSend();
  async function change(method: "reports.addName" | "reports.removeName", name: string): Promise<boolean> {
    const r = await client.call(method, { name });
    if (!r.ok) {
      setError(r.error.message);
      return false;
    }
    setError(null);
    setNames(r.value.names);
    onChanged();
    return true;
  }

  return (
    <div className="name-list">
      <h3>Names to look for</h3>
      <p className="muted">Hearth looks for {seeded} common first names and surnames, and titles such as Mrs or Dr. Add names people use here.</p>
      <form
        className="name-list__form"
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          void send<string>({
            read: () => ({ value: input.current?.value ?? text }),
            isBlank: () => (input.current?.value ?? "").trim() === "",
            clear: () => setText(""),
            send: (name) => change("reports.addName", name),
            restore: setText,
            say: setError,
          });
        }}
      >
        <label htmlFor="new-name" className="visually-hidden">
          Name to look for
        </label>
        <input id="new-name" ref={input} type="text" dir="auto" autoComplete="off" value={text} placeholder="A name to look for" onChange={(e) => setText(e.target.value)} />
        <button type="submit">Add name</button>
      </form>
      <ErrorMessage error={error} />
      {names.length > 0 && (
        <ul className="name-list__names" aria-label="Your names">
          {names.map((n) => (
            <li key={n}>
              <bdi dir="auto">{n}</bdi>{" "}
              <button type="button" className="button--small" aria-label={`Remove ${n}`} onClick={() => void change("reports.removeName", n)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
