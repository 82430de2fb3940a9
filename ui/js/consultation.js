// The consultation frame: steps one click away and the patient's panel in the consultation
// room; one step per screen with progress, the difficult words and "stop" at home.

import { api } from "./api.js";
import { el, show } from "./dom.js";
import { grid, languageNote, stepContent } from "./steps.js";
import { addReadAloud } from "./read_aloud.js";
import { consultationKeys } from "./keyboard.js";

/** Say in the one polite status region that an answer was kept (not the whole screen again). */
function answerSaved(text) {
  const status = document.getElementById("answer-status");
  status.textContent = "";
  // A new text in a region that already exists is announced, also when it is the same text.
  requestAnimationFrame(() => { status.textContent = text; });
}

/** Draw a session's screen; `t` gives fixed texts, `onError` shows a problem, `home` leaves. */
export function consultation(session, screen, { t, onError, home }) {
  const record = async (event) => {
    try {
      const next = await api.recordEvent(session, event);
      const moved = event.event === "step_opened";
      draw(next, moved);
      if (!moved) answerSaved(t("ui-answer-saved"));
    } catch (error) {
      onError(error);
    }
  };
  const open = (step) => record({ event: "step_opened", step });

  const draw = (view, moved) => {
    document.body.dataset.mode = view.mode;
    const scroll = moved ? 0 : window.scrollY;
    // A keyboard user keeps their place: the control they used has focus again after the
    // redraw (every control that records carries a stable data-key).
    const focused = moved ? null : document.activeElement?.dataset?.key;
    show(consultationFrame(view, {
      t, open, record, stop: () => stopped(view), context: { session, t },
      patientScreen: () => api.openPatientScreen(session).catch(onError),
    }));
    addReadAloud(document.querySelector(".consultation"), session, { t, onError, moved });
    consultationKeys({ root: document.querySelector(".consultation"), steps: view.steps.map((s) => s.step), previous: view.previous, next: view.next, open });
    if (!moved) window.scrollTo(0, scroll);
    if (focused) document.querySelector(`[data-key="${CSS.escape(focused)}"]`)?.focus({ preventScroll: true });
    document.body.dataset.step = view.step;
  };

  const stopped = (view) => {
    if (view.mode !== "home") return home();
    show(el("section", { class: "stopped", id: "stopped" },
      el("p", { class: "lead" }, t("ui-stopped")),
      el("button", { type: "button", onclick: () => draw(view, true) }, t("ui-continue-session")),
      el("button", { type: "button", onclick: () => home() }, t("ui-to-start"))));
  };

  draw(screen, true);
  return { redraw: async () => draw(await api.sessionScreen(session), false) };
}

/** One screen of a consultation as the patient sees it: header, steps or progress, the step,
 * the moves and (in the consultation room) the panel. `open(step)` moves, `record(event)`
 * records, `stop()` leaves; `context` is the live session, when there is one. The studio's
 * preview draws the same frame. */
export function consultationFrame(view, { t, open, record, stop, context, patientScreen }) {
  const gridLang = view.content_language.code;
  const stepsNav = el("nav", { class: "steps", id: "steps", "aria-label": view.progress },
    el("ol", {}, view.steps.map((s) =>
      el("li", {},
        el("button", {
          type: "button",
          class: "step-link",
          "data-step": s.step,
          "data-key": `step:${s.step}`,
          "aria-current": s.current ? "step" : null,
          onclick: () => open(s.step),
        }, s.label)))));
  const progress = el("div", { class: "progress", id: "progress" },
    el("span", {}, view.progress),
    el("progress", {
      "aria-label": t("ui-progress-label"),
      "aria-valuetext": view.progress,
      max: String(view.steps.length),
      value: String(view.steps.findIndex((s) => s.current) + 1),
    }));
  const moves = el("div", { class: "moves" },
    view.previous ? el("button", { type: "button", id: "previous", onclick: () => open(view.previous) }, t("ui-previous")) : null,
    view.next ? el("button", { type: "button", id: "next", class: "primary", onclick: () => open(view.next) }, t("ui-next")) : null,
    el("button", { type: "button", id: "stop", onclick: stop }, t(view.mode === "home" ? "ui-stop-later" : "ui-to-start")),
    view.mode === "consultation" && patientScreen
      ? el("button", { type: "button", id: "patient-screen", onclick: patientScreen }, t("ui-room-patient-screen"))
      : null);
  const panel = view.panel
    ? el("aside", { class: "panel", id: "panel", "aria-labelledby": "panel-heading", "data-read": "panel" },
      el("h3", { id: "panel-heading" }, view.panel.heading),
      view.panel.items.length || view.panel.note || view.panel.choice
        ? [el("ul", {}, view.panel.items.map((i) => el("li", {}, i))),
          view.panel.note ? el("p", { class: "panel-note" }, view.panel.note) : null,
          view.panel.choice ? el("p", { class: "panel-choice" }, view.panel.choice) : null]
        : el("p", {}, view.panel.empty))
    : null;
  const glossary = view.glossary.length
    ? el("details", { class: "glossary", id: "glossary" },
      el("summary", {}, view.glossary_heading),
      el("dl", {}, view.glossary.map((g) => [el("dt", grid({}, gridLang), g.term), el("dd", grid({}, gridLang), g.explanation)])))
    : null;
  const body = el("section", { class: `step step-${view.step}`, id: "step", "data-step": view.step },
    el("h2", { id: "step-heading", "data-read": "heading" }, view.steps.find((s) => s.current).label),
    stepContent(view.content, record, context, gridLang));
  return el("div", {
      class: `consultation mode-${view.mode}`,
      "data-grid": view.grid_id,
    },
      el("header", { class: "consultation-header", "data-read": "question" },
        el("p", grid({ class: "consultation-condition", id: "condition-name" }, gridLang), view.condition),
        el("p", grid({ class: "question" }, gridLang), view.question),
        view.example_label ? el("p", { class: "example-label", role: "note" }, view.example_label) : null,
        languageNote(view.content_language)),
      view.mode === "consultation" ? stepsNav : progress,
      el("div", { class: "consultation-body" }, el("div", { class: "step-column" }, body, glossary, moves), panel));
}
