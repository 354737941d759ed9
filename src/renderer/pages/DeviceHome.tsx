import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { currentRound, PARTICIPANT_NOTE_STAGES, votingNow, type DeviceView, type EventState, type Prompt, type Stage } from "../../core";
import { Bidi } from "../ui/Bidi";
import { useEventState } from "../app/useEventState";
import { Countdown } from "../ui/Countdown";
import { useCountdownLabels } from "../i18n/useCountdownLabels";
import { useClockOffset } from "../app/useClockOffset";
import { HelperPaperCounts } from "../features/voting/HelperPaperCounts";
import { PhoneBallot } from "../features/voting/PhoneBallot";
import { shownDeviceLabel } from "../features/device/device-label";
import { DeviceNoteBox } from "../features/device/DeviceNoteBox";
import { loadMine, useUnsentNotes } from "../features/device/my-notes";
import { MyNotes, myNotes } from "../features/device/MyNotes";
import { AboutYouPhone } from "../features/monitoring/AboutYouPhone";
import { HelperTally } from "../features/monitoring/HelperTally";
import { PhoneHearBack } from "../features/contacts/PhoneHearBack";

/** The current stage and its questions, as the facilitator moves through the run sheet (live, from the change feed). */
function currentStage(state: EventState) {
  const stage = state.event.currentStageId ? state.stage.get(state.event.currentStageId) : undefined;
  const prompts: Prompt[] = stage ? [...state.prompt.values()].filter((p) => p.stageId === stage.id).sort((a, b) => a.position - b.position) : [];
  return { stage, prompts };
}

export function DeviceHome({ device }: { device: DeviceView }) {
  const { t } = useTranslation();
  const loaded = useEventState(device.eventId);
  const offsetMs = useClockOffset();
  const unsent = useUnsentNotes(device.eventId);
  if (loaded.state === "error")
    return (
      <p role="alert" className="device-card error">
        {t("device.cannotOpen")}
      </p>
    );
  // Until the event arrives (a reload with no Wi-Fi), a note-taker can still write: notes wait in the outbox.
  const state = loaded.state === "ready" ? loaded.value : undefined;
  const { stage, prompts } = state ? currentStage(state) : { stage: undefined, prompts: [] };
  const mayAdd = device.role === "notetaker" || (device.role === "participant" && stage !== undefined && PARTICIPANT_NOTE_STAGES.has(stage.kind));
  const can =
    device.role === "participant" ? (mayAdd ? t("device.can.participant") : t("device.can.participantWait")) : t(`device.can.${device.role}`);
  const listed = myNotes(loadMine(), state?.note, unsent);
  // Residents vote on their phones; note-takers count paper dots at the laptop, so their phones get no ballot (the room refuses them one).
  const round = state && device.role === "participant" ? currentRound(state) : undefined;
  const hasBallot = state !== undefined && device.role === "participant" && (round !== undefined || stage?.kind === "vote");
  // Voting is what is happening while a round is open or paused, or while the run sheet is on a vote stage (its results too).
  const ballotFirst = (hasBallot && (votingNow(round) || stage?.kind === "vote")) || (device.role === "notetaker" && state !== undefined && votingNow(currentRound(state)));
  // A note-taker's phone is also where a helper types the paper board's dots, while a round runs.
  const helperRound = state && device.role === "notetaker" ? currentRound(state) : undefined;
  const ballotPart = {
    key: "ballot",
    node: (hasBallot && <PhoneBallot state={state} />) || (helperRound && state && <HelperPaperCounts state={state} />),
  };
  // While notes are collected the box is on the first screen: the questions are shown once, in it.
  const rest = [
    { key: "stage", node: <StageCard state={state} stage={stage} prompts={mayAdd ? [] : prompts} offsetMs={offsetMs} compact={mayAdd} /> },
    { key: "note", node: mayAdd && <DeviceNoteBox eventId={device.eventId} prompts={prompts} /> },
    // An open ballot says itself what to do.
    { key: "can", node: (!votingNow(round) || mayAdd) && <p className="device-can">{can}</p> },
  ];

  return (
    <div className="device-home">
      {state && (
        <h1 className="device-event">
          <Bidi>{state.event.title}</Bidi>
        </h1>
      )}
      <p className="device-who">
        <strong>{t("device.youAre", { role: t(`role.${device.role}`) })}</strong>
        {" · "}
        {/* U+2068…U+2069 isolate the name inside the sentence, whatever its script (the same as <bdi>). */}
        {t("device.shownAs", { label: `\u2068${shownDeviceLabel(t, device)}\u2069` })}
        {device.table && (
          <>
            {" · "}
            <bdi className="device-who__table">{device.table}</bdi>
          </>
        )}
      </p>

      {/* When voting is what is happening, the ballot (or its results) comes first, so its items fit a small screen.
          Otherwise (a closed round, revealed results, while the event has moved on) it is short, and follows the note box.
          Keyed, so that moving it keeps its state (a refusal still shown, the note being typed). */}
      {(ballotFirst ? [ballotPart, ...rest] : [...rest, ballotPart]).map((part) => (
        <Fragment key={part.key}>{part.node}</Fragment>
      ))}

      {(mayAdd || listed.length > 0) && <MyNotes eventId={device.eventId} notes={listed} />}

      {/* "About you" is offered only after this phone's notes or once the vote is over: never before, never required. */}
      {device.role === "participant" && (listed.some((n) => !n.unsent) || (state !== undefined && voteOver(state))) && <AboutYouPhone eventId={device.eventId} />}
      {device.role === "notetaker" && <HelperTally eventId={device.eventId} />}
      {/* Last, after the notes and the ballot, and never required: how to send this resident the report (a note-taker's phone: at the door). */}
      {state && (device.role === "participant" || device.role === "notetaker") && <PhoneHearBack eventId={device.eventId} door={device.role === "notetaker"} />}
    </div>
  );
}

/** Whether a vote has closed or been revealed: a resident's ballot is done. */
function voteOver(state: EventState): boolean {
  return [...state.round.values()].some((r) => r.status === "closed" || r.status === "revealed");
}

/** What is happening now: the stage, its timer and its questions, as the facilitator moves through the run sheet. */
function StageCard(props: { state: EventState | undefined; stage: Stage | undefined; prompts: Prompt[]; offsetMs: number | null; compact: boolean }) {
  const { state, stage, prompts, offsetMs, compact } = props;
  const { t } = useTranslation();
  const timerLabels = useCountdownLabels();

  return (
    <section className={`device-card device-stage${compact ? " device-stage--compact" : ""}`} aria-labelledby="device-stage-heading">
      <h2 id="device-stage-heading" className="device-stage__kicker">
        {t("device.now")}
      </h2>
      {!state ? (
        <p>{t("device.loading")}</p>
      ) : stage ? (
        <>
          <p className="device-stage__title" dir="auto">
            {stage.title}
          </p>
          {stage.description && !compact && (
            <p className="device-stage__description" dir="auto">
              {stage.description}
            </p>
          )}
          {state?.event.timer && (
            <div className="device-stage__timer">
              <Countdown timer={state.event.timer} offsetMs={offsetMs} labels={timerLabels} />
            </div>
          )}
          {prompts.map((p) => (
            <div key={p.id} className="device-prompt">
              <p className="device-prompt__label">{t("device.question")}</p>
              <p className="device-prompt__text" dir="auto">
                {p.text}
              </p>
            </div>
          ))}
        </>
      ) : (
        <p>{t("device.notStarted")}</p>
      )}
    </section>
  );
}
