import type { PrivacyNotice } from "../../../core";

/** The privacy notice's words (made in core from the event's settings), as a document: on the privacy panel and printed for the door. */
export function PrivacyNoticeText({ notice, headingLevel }: { notice: PrivacyNotice; headingLevel: 1 | 3 }) {
  const H = headingLevel === 1 ? "h1" : "h3";
  const S = headingLevel === 1 ? "h2" : "h4";
  return (
    <article className="privacy-notice" aria-label="Privacy notice">
      <H className="privacy-notice__title">{notice.heading}</H>
      <p className="privacy-notice__intro">{notice.intro}</p>
      {notice.sections.map((s) => (
        <section key={s.heading} className="privacy-notice__part">
          <S>{s.heading}</S>
          <dl>
            <dt>What</dt>
            <dd>{s.what}</dd>
            <dt>Why</dt>
            <dd>{s.why}</dd>
            <dt>For how long</dt>
            <dd>{s.howLong}</dd>
            <dt>Who sees it</dt>
            <dd>{s.whoSees}</dd>
          </dl>
        </section>
      ))}
      <section className="privacy-notice__part">
        <S>Your choices</S>
        <ul>
          {notice.yourChoices.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </section>
    </article>
  );
}
