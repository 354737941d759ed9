import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { CODE_TYPED_MAX, DEVICE_LABEL_MAX, inputMaxLength, ShortCode } from "../../../core";

/** The short code, typed: joins once the facilitator lets this device in. */
export function JoinCodeForm({ error, onJoin }: { error?: string | undefined; onJoin: (code: string, label: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [invalid, setInvalid] = useState(false);
  const shown = invalid ? t("join.badCode") : error;

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const code = ShortCode.safeParse(String(form.get("code") ?? ""));
    if (!code.success) return setInvalid(true);
    onJoin(code.data, String(form.get("label") ?? "").trim());
  }

  return (
    <form className="device-card device-join" onSubmit={submit} noValidate>
      <h1>{t("join.heading")}</h1>
      <p>{t("join.intro")}</p>
      <label className="field" htmlFor={`${id}-code`}>
        <span className="field__label">{t("join.code")}</span>
      </label>
      <input
        id={`${id}-code`}
        name="code"
        className="device-join__code"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={CODE_TYPED_MAX}
        dir="ltr"
        aria-describedby={`${id}-hint${shown ? ` ${id}-error` : ""}`}
        aria-invalid={shown ? true : undefined}
        onChange={() => setInvalid(false)}
      />
      <p id={`${id}-hint`} className="device-hint">
        {t("join.codeHint")}
      </p>
      <label className="field" htmlFor={`${id}-label`}>
        <span className="field__label">{t("join.name")}</span>
      </label>
      <input id={`${id}-label`} name="label" dir="auto" autoComplete="nickname" maxLength={inputMaxLength(DEVICE_LABEL_MAX)} />
      {shown && (
        <p id={`${id}-error`} role="alert" className="error">
          {shown}
        </p>
      )}
      <button type="submit" className="button button--primary device-big-button">
        {t("join.submit")}
      </button>
    </form>
  );
}
