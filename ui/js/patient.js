// The screen for the patient: draws the patient's view model of the clinician's current step,
// large, with no controls. The shell sends a new one on every step and answer.

import { el } from "./dom.js";

const { invoke } = window.__TAURI__.core;
const { listen } = window.__TAURI__.event;

function picture(p) {
  return p
    ? el("img", { class: "picture", src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(p.svg)}`, alt: p.alt })
    : null;
}

/** A list of texts, each with its answer in words once given. */
function answered(items) {
  return el("ul", { class: "answered" }, items.map((a) =>
    el("li", { class: a.importance ? "given" : null },
      el("span", { class: "aspect" }, a.text),
      a.importance ? el("strong", { class: "answer" }, a.importance) : null)));
}

const steps = {
  choice: (c) => [
    el("p", { class: "lead" }, c.description),
    el("p", {}, c.why_a_choice),
    el("h3", {}, c.questions_heading),
    el("ol", { class: "three-questions" }, c.questions.map((q) => el("li", {}, q))),
  ],
  options: (c) => el("ul", { class: "options" }, c.options.map((o) =>
    el("li", { class: "option" }, picture(o.picture),
      el("div", {}, el("strong", {}, o.name), el("p", {}, o.summary))))),
  pros_cons: (c) => el("table", { class: "grid", id: "patient-grid" },
    el("thead", {}, el("tr", {}, el("td", {}), c.options.map((o) => el("th", { scope: "col" }, o)))),
    el("tbody", {}, c.rows.map((r) =>
      el("tr", { class: r.marked ? "marked" : null },
        el("th", { scope: "row" }, r.question),
        r.answers.map((a) => el("td", {}, a)))))),
  values: (c) => answered(c.aspects),
  decision: (c) => [
    el("ul", { class: "choices" }, c.choices.map((choice) => el("li", {}, choice))),
    el("p", { class: "status" }, c.status),
  ],
  sure: (c) => answered(c.questions),
  summary: (c) => [
    el("h3", {}, c.important_heading),
    el("ul", {}, c.important.map((i) => el("li", {}, i))),
    el("h3", {}, c.choice_heading),
    el("p", { class: "status" }, c.choice),
  ],
};

function draw(page) {
  document.documentElement.lang = page.language;
  document.documentElement.dir = page.direction;
  document.title = page.title;
  const main = document.getElementById("patient");
  const s = page.screen;
  if (!s) {
    main.replaceChildren(el("p", { class: "waiting", id: "waiting" }, page.waiting));
    document.body.dataset.step = "";
    return;
  }
  main.replaceChildren(
    el("header", { lang: s.content_language.code, dir: s.content_language.dir },
      el("p", { class: "condition", id: "patient-condition" }, s.condition),
      el("p", { class: "question" }, s.question),
      s.example_label ? el("p", { class: "example-label", role: "note" }, s.example_label) : null),
    el("p", { class: "progress", id: "patient-progress" }, s.progress),
    el("section", { class: `step step-${s.step}`, id: "patient-step", "data-step": s.step, lang: s.content_language.code },
      el("h2", { id: "patient-heading" }, s.heading),
      steps[s.content.kind](s.content)));
  document.body.dataset.step = s.step;
}

await listen("patient-page", (event) => draw(event.payload));
draw(await invoke("patient_page"));
document.body.dataset.ready = "true";
