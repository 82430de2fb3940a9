// "Take it home": the save actions of the summary step, "open a session" on the start screen,
// and the screen of what changed at home. Every text is a `ui-…` message or comes phrased from
// the core.

import { el, show } from "./dom.js";

const invoke = window.__TAURI__.core.invoke;

/** A button that opens the native dialog `command` and puts the chosen path in `input`. The
 * text field stays: it is the fallback where no dialog opens, and what the end-to-end tests
 * fill in. The dialog runs on the shell side; the window keeps drawing meanwhile. */
export function chooseButton(id, label, command, input) {
  return el("button", {
    type: "button",
    id,
    class: "choose-path",
    onclick: async () => {
      try {
        const path = await invoke(command, { start: input.value });
        if (path) {
          input.value = path;
          input.dispatchEvent(new Event("change"));
        }
      } catch (_) {
        input.focus(); // no dialog here: the field is there to type in
      }
    },
  }, label);
}

/** The save actions under the summary: a folder to save in and the three exports. */
export function summaryActions(session, t) {
  const folder = el("input", { type: "text", id: "save-folder", "aria-describedby": "save-folder-hint", autocomplete: "off" });
  const status = el("p", { class: "status", id: "save-status", role: "status" });
  const sessionButton = el("button", { type: "button", id: "save-session", "data-kind": "session_file" }, t("ui-takehome-save-session"));
  const save = (kind) => async () => {
    status.textContent = "";
    status.classList.remove("failed");
    try {
      const saved = await invoke("save_export", { session, kind, folder: folder.value });
      status.textContent = saved.message;
      status.dataset.path = saved.path;
    } catch (error) {
      status.textContent = error?.message ?? String(error);
      status.classList.add("failed");
      delete status.dataset.path;
    }
  };
  sessionButton.addEventListener("click", save("session_file"));
  invoke("take_home_setup", { session }).then((setup) => {
    if (!folder.value) folder.value = setup.folder;
    if (setup.home) sessionButton.textContent = t("ui-takehome-save-session-home");
  }).catch((error) => { status.textContent = error?.message ?? String(error); });
  return el("section", { class: "take-home", id: "take-home" },
    el("h3", {}, t("ui-takehome-heading")),
    el("label", { for: "save-folder" }, t("ui-takehome-folder")),
    el("div", { class: "path-row" },
      folder,
      chooseButton("choose-save-folder", t("ui-dialog-choose-folder"), "choose_folder", folder)),
    el("p", { class: "hint", id: "save-folder-hint" }, t("ui-takehome-folder-hint")),
    el("div", { class: "save-actions" },
      el("button", { type: "button", id: "save-pdf", onclick: save("summary") }, t("ui-takehome-save-pdf")),
      el("button", { type: "button", id: "save-fhir", onclick: save("fhir") }, t("ui-takehome-save-fhir")),
      sessionButton),
    status);
}

/** "Open a session" on the start screen. `onHome(session, screen)` continues at home,
 * `onChanges(changes)` shows what came back. */
export function openSessionSection({ t, onHome, onChanges }) {
  const path = el("input", { type: "text", id: "open-path", autocomplete: "off", "aria-describedby": "open-status" });
  const status = el("p", { class: "status failed", id: "open-status", role: "alert", hidden: true });
  const patient = el("input", { type: "text", id: "open-patient", maxlength: "60", autocomplete: "off" });
  const open = async () => {
    status.hidden = true;
    status.textContent = "";
    try {
      const opened = await invoke("open_session_file", { path: path.value, patient: patient.value });
      if (opened.kind === "home") onHome(opened.session, opened.screen);
      else onChanges(opened.changes);
    } catch (error) {
      // Said next to the field, where the eyes are, not at the top of a long page.
      status.textContent = error?.message ?? String(error);
      status.hidden = false;
      path.focus();
    }
  };
  return el("section", { class: "open-session", id: "open-session" },
    el("h3", {}, t("ui-takehome-open-heading")),
    el("p", {}, t("ui-takehome-open-intro")),
    el("label", { for: "open-path" }, t("ui-takehome-open-path")),
    el("div", { class: "path-row" },
      path,
      chooseButton("choose-open-path", t("ui-dialog-choose-file"), "choose_session_file", path)),
    el("label", { for: "open-patient" }, t("ui-takehome-open-patient")),
    patient,
    el("button", { type: "button", id: "open-file", class: "primary", onclick: open }, t("ui-takehome-open-button")),
    status);
}

/** What changed at home, after a file came back to the clinic. */
export function changesScreen(changes, { t, openSession, home }) {
  show(el("section", { class: "home-changes", id: "home-changes" },
    el("h2", {}, changes.heading),
    el("p", {}, changes.intro),
    el("p", { class: "status", id: "changes-status", role: "status" }, changes.status),
    changes.changes.length
      ? el("ul", { class: "changes", id: "changes" }, changes.changes.map((c) =>
        el("li", { class: `change change-${c.kind}`, "data-kind": c.kind },
          el("span", { class: "change-at" }, c.at), " ",
          el("span", { class: "change-text" }, c.text))))
      : null,
    el("div", { class: "moves" },
      el("button", { type: "button", id: "open-changed-session", class: "primary", onclick: () => openSession(changes.session) }, changes.open_label),
      el("button", { type: "button", id: "changes-back", onclick: () => home() }, t("ui-takehome-back")))));
}
