import { useTranslation } from "react-i18next";
import { countdownParts } from "../../core";
import type { CountdownLabels } from "../ui/Countdown";

/** What a countdown says, in the screen's language (a phone's, or the wall's). */
export function useCountdownLabels(): CountdownLabels {
  const { t } = useTranslation();
  return {
    syncing: t("timer.syncing"),
    done: t("timer.done"),
    running: t("timer.running"),
    paused: t("timer.paused"),
    ready: t("timer.ready"),
    timeLeft: (time) => t("timer.timeLeft", { time }),
    checking: t("timer.checking"),
    describe: (ms) => {
      const { minutes, seconds } = countdownParts(ms);
      const parts = [minutes !== null ? t("timer.minutes", { count: minutes }) : "", seconds !== null ? t("timer.seconds", { count: seconds }) : ""];
      return parts.filter(Boolean).join(" ");
    },
  };
}
