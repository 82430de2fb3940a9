// Entry point: fixed texts, language switch, and the screens.

import { api } from "./api.js";
import { el, show } from "./dom.js";

let texts = {};
const t = (id) => texts[id] ?? id;

async function loadTexts() {
  const ui = await api.uiTexts();
  texts = ui.texts;
  document.documentElement.lang = ui.language;
  for (const node of document.querySelectorAll("[data-text]")) {
    node.textContent = t(node.dataset.text);
  }
  for (const button of document.querySelectorAll("[data-lang]")) {
    button.setAttribute("aria-pressed", String(button.dataset.lang === ui.language));
  }
  document.title = t("ui-app-title");
}

function errorScreen(error) {
  show(
    el("section", { class: "error", role: "alert" },
      el("h2", {}, t("ui-error-heading")),
      el("p", {}, error?.message ?? String(error)),
      el("button", { type: "button", onclick: () => startScreen() }, t("ui-back"))),
  );
}

function exampleBanner(label) {
  return label ? el("p", { class: "example-label", role: "note" }, label) : null;
}

/** The authoring-mode label sits outside the screens, so every screen shows it. */
function authoringBanner(label) {
  const banner = document.getElementById("authoring-banner");
  banner.textContent = label ?? "";
  banner.hidden = !label;
}

function refusalsPanel(notices) {
  if (!notices.refusals.length) return null;
  return el("section", { class: "refusals", role: "alert", id: "refusals" },
    el("h3", {}, notices.refusals_heading),
    el("ul", {}, notices.refusals.map((r) =>
      el("li", {}, el("span", { class: "refusal-file" }, r.file), el("span", {}, r.message)))));
}

async function startScreen() {
  const page = await api.startScreen();
  const view = page.screen;
  authoringBanner(page.notices.authoring_label);
  const list = view.conditions.map((c) =>
    el("li", {},
      el("button", { type: "button", class: "condition", "data-id": c.id, onclick: () => decisionScreen(c.id) },
        el("span", { class: "condition-name" }, c.name),
        el("span", { class: "condition-question" }, c.question),
        c.example_label ? el("span", { class: "condition-label" }, c.example_label) : null)));
  show(
    el("section", { class: "start" },
      el("h2", {}, t("ui-start-heading")),
      el("p", {}, t("ui-start-intro")),
      refusalsPanel(page.notices),
      list.length ? el("ul", { class: "conditions", id: "conditions" }, list) : el("p", {}, t("ui-start-empty"))),
  );
  current = startScreen;
}

async function decisionScreen(id) {
  try {
    const view = await api.decisionScreen(id);
    show(
      el("section", { class: "decision", "data-id": view.id },
        el("button", { type: "button", class: "back", onclick: () => startScreen() }, t("ui-back")),
        exampleBanner(view.example_label),
        el("h2", { id: "condition-name" }, view.condition),
        el("p", {}, view.description),
        el("h3", {}, t("ui-decision-heading")),
        el("p", { class: "question" }, view.question),
        el("p", {}, view.why_a_choice),
        el("h3", {}, t("ui-options-heading")),
        el("ul", { class: "options", id: "options" },
          view.options.map((o) =>
            el("li", { class: "option", "data-id": o.id },
              el("span", { class: "option-kind" }, o.kind_label),
              el("strong", {}, o.name),
              el("p", {}, o.summary)))),
        el("footer", { class: "publication" }, view.publication.map((line) => el("p", {}, line)))),
    );
    current = () => decisionScreen(id);
  } catch (error) {
    errorScreen(error);
  }
}

let current = startScreen;

async function switchLanguage(code) {
  await api.setLanguage(code);
  await loadTexts();
  await current();
}

async function boot() {
  for (const button of document.querySelectorAll("[data-lang]")) {
    button.addEventListener("click", () => switchLanguage(button.dataset.lang).catch(errorScreen));
  }
  await loadTexts();
  await startScreen();
  document.body.dataset.ready = "true";
  await api.startScreenReady();
}

boot().catch(errorScreen);
