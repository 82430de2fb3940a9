// Entry point: fixed texts, language and text size, the start screen with search, the
// decision screen where a session begins, and the consultation itself.

import { api } from "./api.js";
import { grid, languageNote } from "./steps.js";
import { el, show } from "./dom.js";
import { consultation } from "./consultation.js";
import { patientsScreen, recordsBanner } from "./patients.js";
import { changesScreen, openSessionSection } from "./take_home.js";
import { studioScreen } from "./studio.js";
import { installKeys } from "./keyboard.js";
import { linkScreen } from "./link.js";
import { follow as followInstall, openInstallForm } from "./install.js";

/** After an install, the start screen (when shown) lists what came in, or what was refused. */
const installCtx = () => ({ t, onFinished: () => { if (current === startScreen) startScreen(); } });

let texts = {};
const t = (id) => texts[id] ?? id;

async function loadTexts() {
  const ui = await api.uiTexts();
  texts = ui.texts;
  document.documentElement.lang = ui.language;
  document.documentElement.dir = ui.direction;
  document.body.classList.toggle("large-text", ui.large_text);
  document.body.classList.toggle("easy-reading", ui.easy_reading);
  for (const node of document.querySelectorAll("[data-text]")) {
    node.textContent = t(node.dataset.text);
  }
  languageButtons(ui);
  document.getElementById("large-text").setAttribute("aria-pressed", String(ui.large_text));
  document.getElementById("easy-reading").setAttribute("aria-pressed", String(ui.easy_reading));
  document.title = t("ui-app-title");
}

function errorScreen(error) {
  show(
    el("section", { class: "error", role: "alert", id: "error" },
      el("h2", {}, t("ui-error-heading")),
      el("p", {}, error?.message ?? String(error)),
      el("button", { type: "button", onclick: () => startScreen() }, t("ui-back"))),
  );
}

/** A problem that leaves the screen as it is: shown above it, read out at once. */
function problem(error) {
  const box = document.getElementById("problem");
  box.textContent = error?.message ?? String(error);
  box.hidden = false;
}

function clearProblem() {
  const box = document.getElementById("problem");
  box.hidden = true;
  box.textContent = "";
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

function conditionList(conditions) {
  return conditions.map((c) =>
    el("li", {},
      el("button", { type: "button", class: "condition", "data-id": c.id, onclick: () => decisionScreen(c.id) },
        el("span", grid({ class: "condition-name" }, c.language), c.name),
        el("span", grid({ class: "condition-question" }, c.language), c.question),
        c.found_via ? el("span", { class: "condition-found" }, c.found_via) : null,
        c.guideline ? el("span", { class: "condition-guideline" }, c.guideline) : null,
        c.recent ? el("span", { class: "condition-recent" }, t("ui-recent")) : null,
        c.example_label ? el("span", { class: "condition-label" }, c.example_label) : null)));
}

async function startScreen() {
  clearProblem();
  const page = await api.startScreen();
  authoringBanner(page.notices.authoring_label);
  const results = el("ul", { class: "conditions", id: "conditions" }, conditionList(page.screen.conditions));
  const none = el("p", { id: "search-none", hidden: true }, t("ui-start-search-none"));
  let latest = 0;
  const search = el("input", {
    type: "search",
    id: "search",
    placeholder: t("ui-start-search-placeholder"),
    autocomplete: "off",
    oninput: async (e) => {
      const asked = ++latest;
      const found = await api.search(e.target.value);
      if (asked !== latest) return; // a newer search is on its way
      results.replaceChildren(...conditionList(found.conditions));
      none.hidden = found.conditions.length > 0;
    },
  });
  show(
    el("section", { class: "start" },
      el("h2", {}, t("ui-start-heading")),
      el("p", {}, t("ui-start-intro")),
      page.notices.authoring_label
        ? el("button", { type: "button", id: "studio-button", class: "studio-button", onclick: () => studio() }, t("ui-studio-button"))
        : null,
      refusalsPanel(page.notices),
      el("label", { for: "search", class: "search-label" }, t("ui-start-search-label")),
      search,
      page.screen.conditions.length ? [results, none] : el("p", {}, t("ui-start-empty")),
      page.screen.more_installed ? el("p", { class: "hint", id: "more-installed" }, page.screen.more_installed) : null,
      openSessionSection({ t, onHome: openSession, onChanges: showChanges }),
      el("section", { class: "install-open" },
        el("button", { type: "button", id: "install-open", onclick: () => openInstallForm(installCtx()) }, t("ui-install-button")))),
  );
  current = startScreen;
}

async function decisionScreen(id) {
  clearProblem();
  try {
    const page = await api.decisionScreen(id);
    const view = page.screen;
    const patient = el("input", { type: "text", id: "patient", list: "patients", maxlength: "60", "aria-describedby": "patient-hint" });
    const begin = (mode) => async () => {
      clearProblem();
      try {
        const opened = await api.startSession(view.id, mode, patient.value);
        openSession(opened.session, opened.screen);
      } catch (error) {
        problem(error);
        patient.focus();
      }
    };
    const lang = view.content_language.code;
    show(
      el("section", {
        class: "decision",
        "data-id": view.id,
      },
        el("button", { type: "button", class: "back", onclick: () => startScreen() }, t("ui-back")),
        exampleBanner(view.example_label),
        languageNote(view.content_language),
        el("h2", grid({ id: "condition-name" }, lang), view.condition),
        el("p", grid({}, lang), view.description),
        el("h3", {}, t("ui-decision-heading")),
        el("p", grid({ class: "question" }, lang), view.question),
        el("p", grid({}, lang), view.why_a_choice),
        el("h3", {}, t("ui-options-heading")),
        el("ul", { class: "options", id: "options" },
          view.options.map((o) =>
            el("li", { class: "option", "data-id": o.id },
              el("span", { class: "option-kind" }, o.kind_label),
              el("strong", grid({}, lang), o.name),
              el("p", grid({}, lang), o.summary)))),
        el("section", { class: "begin", id: "begin" },
          el("h3", {}, t("ui-begin-heading")),
          el("label", { for: "patient" }, t("ui-patient-label")),
          patient,
          el("datalist", { id: "patients" }, page.patients.map((p) => el("option", { value: p.label }))),
          el("p", { class: "hint", id: "patient-hint" }, t("ui-patient-hint")),
          el("div", { class: "modes" },
            el("button", { type: "button", class: "mode primary", id: "begin-consultation", onclick: begin("consultation") },
              el("strong", {}, t("ui-mode-consultation")), el("span", {}, t("ui-mode-consultation-hint"))),
            el("button", { type: "button", class: "mode primary", id: "begin-home", onclick: begin("home") },
              el("strong", {}, t("ui-mode-home")), el("span", {}, t("ui-mode-home-hint"))))),
        el("footer", { class: "publication" }, view.publication.map((line) => el("p", {}, line)))),
    );
    current = () => decisionScreen(id);
  } catch (error) {
    errorScreen(error);
  }
}

function openSession(session, screen) {
  clearProblem();
  const view = consultation(session, screen, { t, onError: problem, home: () => startScreen() });
  current = view.redraw;
}

async function patients(notice) {
  clearProblem();
  try {
    const ctx = {
      t,
      onError: problem,
      home: () => startScreen(),
      openSession: async (session) => {
        try {
          openSession(session, await api.sessionScreen(session));
        } catch (error) {
          problem(error);
        }
      },
    };
    await patientsScreen(ctx, notice);
    current = () => patientsScreen(ctx);
  } catch (error) {
    errorScreen(error);
  }
}

function showChanges(changes) {
  clearProblem();
  changesScreen(changes, { t, openSession: async (session) => openSession(session, await api.sessionScreen(session)), home: () => startScreen() });
  current = startScreen;
}

/** The studio: only offered in authoring mode (the shell refuses it otherwise). */
function studio() {
  clearProblem();
  studioScreen({ t, onError: problem, home: () => startScreen() });
  current = studio;
}

let current = startScreen;

async function switchLanguage(code) {
  await api.setLanguage(code);
  await loadTexts();
  await recordsBanner({ t, onRestored: (message) => patients(message) });
  await current();
}

/** The language switch: every language by its own name, in its own language and direction. */
function languageButtons(ui) {
  const buttons = ui.languages.map((l) => el("button", {
    type: "button",
    id: `lang-${l.code}`,
    "data-lang": l.code,
    lang: l.code,
    dir: "auto",
    "aria-pressed": String(l.code === ui.language),
    onclick: () => switchLanguage(l.code).catch(errorScreen),
  }, l.name));
  document.getElementById("languages").replaceChildren(...buttons);
}

async function toggleEasyReading() {
  const on = document.getElementById("easy-reading").getAttribute("aria-pressed") !== "true";
  await api.setEasyReading(on);
  await loadTexts();
}

async function toggleLargeText() {
  const on = document.getElementById("large-text").getAttribute("aria-pressed") !== "true";
  await api.setLargeText(on);
  await loadTexts();
}

/** Draw the waiting link's page, in the language it may have chosen; false when none waits. */
async function openLink(page) {
  if (!page) return false;
  await loadTexts();
  linkScreen(page, { t, openSession, home: () => startScreen(), onError: problem });
  if (page.kind !== "opened") current = startScreen;
  return true;
}

async function boot() {
  document.getElementById("easy-reading").addEventListener("click", () => toggleEasyReading().catch(problem));
  document.getElementById("large-text").addEventListener("click", () => toggleLargeText().catch(problem));
  document.getElementById("patients-button").addEventListener("click", () => patients());
  installKeys({ t, home: () => startScreen() });
  const link = await api.pendingLink();
  if (!(await openLink(link))) {
    await loadTexts();
    await startScreen();
  }
  // The first screen is built: reported as the bare window's page reports itself, for the
  // start-up benchmarks; the records banner follows.
  api.startScreenReady();
  await recordsBanner({ t, onRestored: (message) => patients(message) });
  document.body.dataset.ready = "true";
  api.onLinkWaiting(() => api.pendingLink().then(openLink).catch(errorScreen));
  followInstall(installCtx()); // bundles named with --open install while the window runs
}

boot().catch(errorScreen);
