// What each step of the consultation shows, drawn from its view model. Every text comes from
// the view model or the fixed texts; the step only says which event a control records.

import { el } from "./dom.js";
import { summaryActions } from "./take_home.js";

/** The language of the grid's texts on this screen, set by `stepContent`. */
let gridLang = null;

/** `lang` for an element that shows a text of the grid: in an Arabic session a grid shown in
 * Dutch is marked as Dutch, while the window's own texts around it keep the window's language. */
export function grid(attrs = {}, lang = gridLang) {
  return lang ? { ...attrs, lang } : attrs;
}

/** An SVG chart from the core, shown as an image so nothing in it can run. */
function chart(svg, description) {
  if (!svg) return null;
  return el("img", {
    class: "chart",
    src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`,
    alt: description,
  });
}

/** A list; with `readAs`, item n is read aloud as block `<readAs>:<n>`. */
function list(items, attrs = {}, readAs = null, itemAttrs = {}) {
  return el("ul", attrs, items.map((item, i) => el("li", { ...itemAttrs, "data-read": readAs && `${readAs}:${i + 1}` }, item)));
}

function choiceStep(view) {
  const l = view.labels;
  return [
    el("p", { class: "lead", "data-read": "choice-intro" }, l["choice-intro"]),
    el("p", { "data-read": "choice-your-view" }, l["choice-your-view"]),
    el("p", grid({ "data-read": "description" }), view.description),
    el("h3", { "data-read": "choice-who" }, l["choice-who"]),
    el("p", grid({ "data-read": "population" }), view.population),
    el("p", grid({ "data-read": "why-a-choice" }), view.why_a_choice),
    el("p", { "data-read": "choice-three-questions" }, l["choice-three-questions"]),
    el("ol", { class: "three-questions" }, view.three_questions.map((q, i) => el("li", { "data-read": `three-question:${i + 1}` }, q))),
  ];
}

/** A pictogram with its text alternative, drawn as an image. */
function picture(p, className = "picture") {
  if (!p) return null;
  return el("img", {
    class: className,
    src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(p.svg)}`,
    alt: p.alt,
  });
}

/** What the screen says about the language of the grid's texts, when it says anything. */
export function languageNote(content) {
  return content?.note
    ? el("p", { class: "language-note", role: "note", dir: "auto" }, content.note)
    : null;
}

/** Easy reading: per option its picture and short sentences; key outcomes as pictures. */
function easyLayer(view) {
  const l = view.labels;
  const easy = view.easy;
  if (!easy.options.length) return null;
  return el("section", { class: "easy-layer", id: "easy-layer", "aria-labelledby": "easy-heading" },
    el("h3", { id: "easy-heading", "data-read": "easy-heading" }, l["easy-heading"]),
    el("ul", { class: "easy-options" }, easy.options.map((o) =>
      el("li", { class: "easy-option", "data-id": o.id, "data-read": `easy-option:${o.id}` },
        picture(o.picture, "picture picture-large"),
        el("div", {},
          el("strong", grid(), o.name),
          el("ul", grid({ class: "easy-sentences" }), o.sentences.map((s) => el("li", {}, s))))))),
    easy.outcomes.length ? [
      el("h3", { "data-read": "easy-outcomes-heading" }, l["easy-outcomes-heading"]),
      easy.outcomes.map((e) =>
        el("figure", { class: "easy-outcome", "data-id": e.outcome.id, "data-read": `easy-outcome:${e.outcome.id}` },
          el("figcaption", {}, el("strong", grid(), e.sentence)),
          el("div", { class: "outcome-options" }, e.outcome.options.map((v) =>
            el("figure", { class: "outcome-option", "data-option": v.option },
              el("figcaption", grid(), v.name),
              chart(v.chart, v.sentence))))))] : null);
}

function optionsStep(view) {
  return [
    easyLayer(view),
    el("ul", { class: "options", id: "options" }, view.options.map((o) =>
      el("li", { class: "option", "data-id": o.id, "data-read": `option:${o.id}` },
        picture(o.picture),
        el("span", { class: "option-kind" }, o.kind_label),
        el("strong", grid(), o.name),
        el("p", grid(), o.summary)))),
    view.no_waiting_reason
      ? el("p", grid({ class: "note", "data-read": "options-note" }), view.no_waiting_reason)
      : el("p", { class: "note", "data-read": "options-note" }, view.labels["option-waiting-note"]),
  ];
}

function gridTable(view, record) {
  const l = view.labels;
  return el("table", { class: "grid", id: "option-grid" },
    el("caption", { "data-read": "grid-hint" }, l["grid-mark-hint"]),
    el("thead", {}, el("tr", {},
      el("th", { scope: "col" }, l["grid-question-column"]),
      view.columns.map((c) => el("th", grid({ scope: "col", "data-id": c.id, "data-read": `column:${c.id}` }), c.name)))),
    el("tbody", {}, view.rows.map((row) => [
      el("tr", { class: row.marked ? "marked" : null, "data-id": row.id },
        el("th", { scope: "row" },
          el("span", grid({ class: "row-question", "data-read": `row:${row.id}` }), row.question),
          el("label", { class: "mark" },
            el("input", {
              type: "checkbox",
              class: "mark-row",
              "data-id": row.id,
              "data-key": `mark:${row.id}`,
              "aria-label": row.mark_label,
              checked: row.marked,
              onchange: (e) => record({ event: "row_marked", question: row.id, marked: e.target.checked }),
            }),
            el("span", {}, l["grid-mark"]))),
        row.answers.map((answer, i) => el("td", grid({ "data-read": `cell:${row.id}:${view.columns[i].id}` }), answer))),
      row.evidence.length
        ? el("tr", { class: "evidence-row" },
          el("td", { colspan: String(view.columns.length + 1) },
            evidenceDetails(row.evidence, l, { "data-question": row.id })))
        : null])));
}

function optionDetails(view) {
  const l = view.labels;
  return el("div", { class: "details", style: null }, view.details.map((d) =>
    el("section", { class: "detail", "data-id": d.id },
      el("h4", grid({ "data-read": `option-name:${d.id}` }), d.name),
      el("h5", { "data-read": `benefits-heading:${d.id}` }, l["benefits-heading"]), list(d.benefits, { class: "benefits" }, `benefit:${d.id}`, grid()),
      el("h5", { "data-read": `harms-heading:${d.id}` }, l["harms-heading"]), list(d.harms, { class: "harms" }, `harm:${d.id}`, grid()),
      el("h5", { "data-read": `living-with-heading:${d.id}` }, l["living-with-heading"]), el("p", grid({ "data-read": `living-with:${d.id}` }), d.living_with),
      d.burden.length ? [el("h5", { "data-read": `burden-heading:${d.id}` }, l["burden-heading"]),
        el("dl", { class: "burden" }, d.burden.map((b, i) => [
          el("dt", { "data-read": `burden-aspect:${d.id}:${i + 1}` }, picture(b.picture, "picture picture-small"), b.aspect),
          el("dd", grid({ "data-read": `burden:${d.id}:${i + 1}` }), b.text)]))] : null,
      view.has_environment ? [el("h5", { "data-read": `environment-heading:${d.id}` }, l["environment-heading"]),
        el("p", grid({ class: "environment", "data-read": `environment:${d.id}` }, d.environment ? gridLang : null), d.environment ?? l["environment-unknown"])] : null,
      d.evidence.length ? evidenceDetails(d.evidence, l, { "data-option": d.id }) : null)));
}

function outcome(o, l) {
  return el("section", { class: "outcome", "data-id": o.id },
    el("h4", { "data-read": `outcome:${o.id}` }, o.heading),
    el("p", { class: "population", "data-read": `population:${o.id}` }, o.population),
    el("div", { class: "outcome-options" }, o.options.map((v) =>
      el("figure", { class: "outcome-option", "data-option": v.option, "data-read": `outcome-option:${o.id}:${v.option}` },
        el("figcaption", {}, el("strong", grid(), v.name)),
        chart(v.chart, v.sentence),
        el("p", { class: "frequency" }, v.sentence),
        v.range ? el("p", { class: "range" }, v.range) : null))),
    o.kind === "event" ? el("p", { class: "legend", "data-read": `legend:${o.id}` }, l["outcome-legend"]) : null,
    el("p", { class: "certainty", "data-read": `certainty:${o.id}` }, el("strong", {}, o.certainty_label), " ", o.certainty),
    o.certainty_reason ? el("p", grid({ class: "certainty-reason", "data-read": `certainty-reason:${o.id}` }), o.certainty_reason) : null,
    evidence(o, l),
    el("details", { class: "sources" },
      el("summary", {}, l["outcome-sources"]),
      list(o.sources)));
}

/** "Waar komt dit getal vandaan?": the evidence rows behind one outcome's figures. */
function evidence(o, l) {
  return evidenceDetails(o.evidence, l, { "data-outcome": o.id }, false);
}

/**
 * A folded list of evidence rows: per number shown, what it rests on, one click away. Each
 * number is a small card (a heading and a definition list), readable at any window width.
 */
function evidenceDetails(rows, l, attributes, showAbout = true) {
  const facts = [
    ["evidence-col-about", (r) => (showAbout ? r.about : null)],
    ["evidence-col-reported", (r) => r.reported],
    ["evidence-col-arm", (r) => r.arm],
    ["evidence-col-follow-up", (r) => r.follow_up],
    ["evidence-col-population", (r) => r.population],
    ["evidence-col-location", (r) => r.location],
    ["evidence-col-why", (r) => r.why],
    ["evidence-col-source", (r) => r.reference],
  ];
  return el("details", { class: "evidence", ...attributes },
    el("summary", {}, l["evidence-title"]),
    el("ul", { class: "evidence-list" }, rows.map((r) =>
      el("li", { class: "evidence-item" },
        el("p", { class: "evidence-shown" },
          r.option ? [el("strong", {}, r.option), ": "] : null, r.shown),
        el("dl", {}, facts.map(([id, get]) => {
          const value = get(r);
          return value ? [el("dt", {}, l[id]), el("dd", {}, value)] : null;
        }))))),
    el("p", { class: "evidence-rule" }, l["evidence-rule"]));
}

function prosConsStep(view, record) {
  const l = view.labels;
  return [
    el("h3", { "data-read": "grid-heading" }, l["grid-heading"]),
    gridTable(view, record),
    optionDetails(view),
    el("h3", { "data-read": "outcomes-heading" }, l["outcomes-heading"]),
    el("div", { class: "outcomes", id: "outcomes" }, view.outcomes.map((o) => outcome(o, l))),
  ];
}

let noteTimer = null;

function valuesStep(view, record) {
  const l = view.labels;
  const saveNote = (text) => record({ event: "note_written", text });
  return [
    el("p", { class: "lead", "data-read": "values-intro" }, l["values-intro"]),
    el("ol", { class: "aspects", id: "aspects" }, view.aspects.map((a) =>
      el("li", { class: "aspect", "data-id": a.id },
        el("p", grid({ class: "aspect-text", id: `aspect-${a.id}`, "data-read": `aspect:${a.id}` }), a.text),
        el("div", { class: "scale", role: "group", "aria-labelledby": `aspect-${a.id}` },
          view.scale.map((p) => el("button", {
            type: "button",
            class: "scale-point",
            "data-value": String(p.value),
            "data-key": `scale:${a.id}:${p.value}`,
            "aria-pressed": String(a.importance === p.value),
            onclick: () => record({ event: "importance_rated", aspect: a.id, importance: p.value }),
          }, p.label)))))),
    el("label", { class: "note-label", for: "note", "data-read": "note-label" }, l["note-label"]),
    el("p", { class: "hint", id: "note-hint", "data-read": "note-hint" }, l["note-hint"]),
    el("textarea", {
      id: "note",
      rows: "3",
      "data-key": "note",
      "aria-describedby": "note-hint",
      oninput: (e) => {
        clearTimeout(noteTimer);
        const text = e.target.value;
        noteTimer = setTimeout(() => saveNote(text), 600);
      },
      onchange: (e) => { clearTimeout(noteTimer); saveNote(e.target.value); },
    }, view.note),
    el("h3", { "data-read": "lineup-heading" }, l["lineup-heading"]),
    el("p", { "data-read": "lineup-intro" }, l["lineup-intro"]),
    view.lineup.every((o) => !o.items.length)
      ? el("p", { class: "note", id: "lineup-empty", "data-read": "lineup-empty" }, l["lineup-empty"])
      : el("div", { class: "lineup", id: "lineup" }, view.lineup.map((o) =>
        el("section", { class: "lineup-option", "data-id": o.id, "data-read": `lineup:${o.id}` },
          el("h4", grid(), o.name),
          el("dl", {}, o.items.map((i) => [
            el("dt", {}, el("span", grid(), i.aspect), el("span", { class: "importance" }, i.importance)),
            el("dd", grid(), i.answer)]))))),
  ];
}

function decisionStep(view, record) {
  return [
    el("p", { class: "lead", "data-read": "decision-intro" }, view.labels["decision-intro"]),
    el("div", { class: "choices", id: "choices", "data-read": "choices" }, view.choices.map((c) =>
      el("button", {
        type: "button",
        class: "choice",
        "data-choice": c.choice.kind === "option" ? c.choice.option : c.choice.kind,
        "data-key": `choice:${c.choice.kind}:${c.choice.option ?? ""}`,
        "aria-pressed": String(c.selected),
        lang: c.choice.kind === "option" ? gridLang : null,
        onclick: () => record({ event: "choice_made", choice: c.choice }),
      }, c.label))),
    el("p", { class: "status", id: "choice-status", role: "status", "data-read": "choice-status" }, view.status),
  ];
}

function sureStep(view, record) {
  const l = view.labels;
  return [
    el("p", { class: "lead", "data-read": "sure-intro" }, l["sure-intro"]),
    el("ol", { class: "sure", id: "sure" }, view.questions.map((q) =>
      el("li", { "data-item": q.item },
        el("p", { id: `sure-${q.item}`, "data-read": `sure:${q.item}` }, q.text),
        el("div", { role: "group", "aria-labelledby": `sure-${q.item}` },
          [[true, l["sure-yes"]], [false, l["sure-no"]]].map(([yes, label]) =>
            el("button", {
              type: "button",
              class: "sure-answer",
              "data-yes": String(yes),
              "data-key": `sure:${q.item}:${yes}`,
              "aria-pressed": String(q.answer === yes),
              onclick: () => record({ event: "sure_answered", item: q.item, yes }),
            }, label)))))),
    el("p", { class: "status", id: "sure-result", role: "status", "data-read": "sure-result" }, view.result),
    view.next_steps.length ? [el("h3", { "data-read": "sure-next-heading" }, l["sure-next-heading"]), list(view.next_steps, { id: "next-steps" }, "next-step")] : null,
    el("p", { class: "hint", "data-read": "sure-translation" }, l["sure-translation"]),
  ];
}

/** The summary; with a live session (`context`) also the take-home actions, read-only without. */
function summaryStep(view, record, context) {
  const l = view.labels;
  const section = (heading, items, itemAttrs = {}) =>
    [el("h3", {}, heading), items.length ? list(items, {}, null, itemAttrs) : el("p", {}, l["summary-nothing"])];
  return [
    el("div", { id: "summary", "data-read": "summary" },
      section(l["summary-marked"], view.marked, grid()),
      section(l["summary-important"], view.important),
      section(l["summary-note"], view.note ? [view.note] : []),
      section(l["summary-choice"], [view.choice]),
      view.sure ? el("p", {}, view.sure) : null),
    consent(view.consent, context ? record : null),
    context ? summaryActions(context.session, context.t) : null,
  ];
}

/** May the anonymous answers go to the guideline group: what goes, what never does, and that
 * it can be withdrawn; default no. Read back without `record`, only the answer shows. */
function consent(view, record) {
  const l = view.labels;
  return el("section", { class: "consent", id: "consent", "data-shared": String(view.shared) },
    el("h3", {}, l["consent-heading"]),
    record ? [
      el("p", { class: "lead", id: "consent-question" }, l["consent-question"]),
      el("p", {}, l["consent-what"]),
      el("p", {}, l["consent-not"]),
      el("p", {}, l["consent-withdraw"]),
      el("div", { role: "group", "aria-labelledby": "consent-question" },
        [[true, l["consent-yes"]], [false, l["consent-no"]]].map(([shared, label]) =>
          el("button", {
            type: "button",
            class: "consent-answer",
            "data-shared": String(shared),
            "data-key": `consent:${shared}`,
            "aria-pressed": String(view.shared === shared),
            onclick: () => record({ event: "consent_given", shared }),
          }, label))),
    ] : null,
    el("p", { class: "status", id: "consent-status", role: "status" }, view.status));
}

const STEPS = {
  choice: choiceStep,
  options: optionsStep,
  pros_cons: prosConsStep,
  values: valuesStep,
  decision: decisionStep,
  sure: sureStep,
  summary: summaryStep,
};

/** The content of one step. `record(event)` stores an event and redraws; `context` holds the
 * session id, the fixed texts and the language of the grid's texts (`gridLang`). */
export function stepContent(content, record, context, lang = context?.gridLang ?? null) {
  gridLang = lang;
  return STEPS[content.kind](content, record, context);
}
