import { z } from "zod";
import { ActionStatus } from "./action";
import { IsoDate } from "./event";
import { Id, EventId, NoteId, ThemeId } from "./ids";
import { optionalText, userText } from "./text";

export const ACTION_TEXT_MAX = 300;
export const ACTION_OWNER_MAX = 120;
export const ACTION_UPDATE_MAX = 300;

export const ACTION_STATUS_LABELS: Readonly<Record<ActionStatus, string>> = {
  open: "Not started",
  "in-progress": "In progress",
  done: "Done",
  "not-done": "Not done",
};

const ActionText = userText("The action", ACTION_TEXT_MAX);
const ActionOwner = optionalText("The owner", ACTION_OWNER_MAX);
const ActionUpdate = optionalText("The progress line", ACTION_UPDATE_MAX);

/** A "Now what?" commitment: what, who, by when, and the theme or note it answers. */
export const ActionAddInput = z.strictObject({
  id: Id,
  eventId: EventId,
  text: ActionText,
  owner: ActionOwner.default(""),
  dueOn: IsoDate.nullable().default(null),
  themeId: ThemeId.nullable().default(null),
  noteId: NoteId.nullable().default(null),
});
export type ActionAddInput = z.input<typeof ActionAddInput>;

/** Changes to an action; fields left out stay as they are. */
export const ActionUpdateInput = z.strictObject({
  id: Id,
  text: ActionText.optional(),
  owner: ActionOwner.optional(),
  dueOn: IsoDate.nullable().optional(),
  status: ActionStatus.optional(),
  update: ActionUpdate.optional(),
  themeId: ThemeId.nullable().optional(),
  noteId: NoteId.nullable().optional(),
});
export type ActionUpdateInput = z.input<typeof ActionUpdateInput>;

/** Carries an unfinished action of an earlier event into this one ("Every Now what? leads to the next What?"). */
export const ActionCarryInput = z.strictObject({ id: Id, fromActionId: Id, toEventId: EventId });
export type ActionCarryInput = z.input<typeof ActionCarryInput>;

export const ActionRegisterFilter = z.strictObject({
  neighbourhood: z.string().max(960).optional(),
  partnership: z.string().max(960).optional(),
  status: ActionStatus.optional(),
});
export type ActionRegisterFilter = z.input<typeof ActionRegisterFilter>;
