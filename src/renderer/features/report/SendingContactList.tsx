import { CONTACT_CHANNEL_LABELS, ContactChannel, type Contact } from "../../../core";
import { useCommand } from "../../app/useCommand";
import { ErrorMessage } from "../../ui/ErrorMessage";

/** The contacts grouped by how each resident wants the report; each can be removed at the resident's request. */
export function SendingContactList({ eventId, contacts, onRemoved }: { eventId: string; contacts: readonly Contact[]; onRemoved: () => void }) {
  const command = useCommand();
  async function remove(contactId: string) {
    if (await command.run("contacts.remove", { eventId, contactId })) onRemoved();
  }
  return (
    <div className="sending-contacts__groups">
      {ContactChannel.options.map((channel) => {
        const group = contacts.filter((c) => c.channel === channel);
        if (group.length === 0) return null;
        return (
          <div key={channel}>
            <h4>
              {CONTACT_CHANNEL_LABELS[channel]} ({group.length})
            </h4>
            <ul className="sending-contacts__list">
              {group.map((c) => {
                const who = [c.name, c.detail].filter(Boolean).join(", ") || "No name given";
                return (
                  <li key={c.id}>
                    {c.name && <bdi className="sending-contacts__name">{c.name}</bdi>}
                    {c.detail && (
                      <bdi className="sending-contacts__detail" dir="auto">
                        {c.detail}
                      </bdi>
                    )}
                    {!c.name && !c.detail && <span className="muted">No name given</span>}
                    <button type="button" className="button--small" aria-label={`Remove ${who}`} onClick={() => void remove(c.id)} disabled={command.busy}>
                      Remove
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
      <ErrorMessage error={command.error} />
    </div>
  );
}
