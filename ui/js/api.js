// The commands of the Rust side. The window decides nothing: it asks for view models.

const invoke = window.__TAURI__.core.invoke;

// Answers are recorded one after the other, in the order they were given: the commands run
// on workers, and a second quick key or click must not overtake the first.
let recording = Promise.resolve();
const inOrder = (call) => {
  const next = recording.then(call);
  recording = next.catch(() => {});
  return next;
};

export const api = {
  uiTexts: () => invoke("ui_texts"),
  setLanguage: (code) => invoke("set_language", { code }),
  setLargeText: (on) => invoke("set_large_text", { on }),
  setEasyReading: (on) => invoke("set_easy_reading", { on }),
  startScreen: () => invoke("start_screen"),
  search: (query) => invoke("search", { query }),
  decisionScreen: (id) => invoke("decision_screen", { id }),
  startSession: (gridId, mode, patient) => invoke("start_session", { gridId, mode, patient }),
  sessionScreen: (session) => invoke("session_screen", { session }),
  recordEvent: (session, event) => inOrder(() => invoke("record_event", { session, event })),
  startScreenReady: () => invoke("start_screen_ready"),
  recordsStatus: () => invoke("records_status"),
  restoreRecords: () => invoke("restore_records"),
  patientsScreen: () => invoke("patients_screen"),
  sessionReadOnly: (session) => invoke("session_read_only", { session }),
  exportPatientFiles: (patient, folder) => invoke("export_patient_files", { patient, folder }),
  erasePatient: (patient, label) => invoke("erase_patient", { patient, label }),
  sharingScreen: () => invoke("sharing_screen"),
  contributionPreview: (gridId, period) => invoke("contribution_preview", { gridId, period }),
  writeContribution: (gridId, period, folder, digest) =>
    invoke("write_contribution", { gridId, period, folder, digest }),
  withdrawConsent: (session) => invoke("withdraw_consent", { session }),
  speakBlock: (session, block) => invoke("speak_block", { session, block }),
  speakStep: (session) => invoke("speak_step", { session }),
  stopSpeaking: () => invoke("stop_speaking"),
  speechSettings: () => invoke("speech_settings"),
  setSpeechRate: (slower) => invoke("set_speech_rate", { slower }),
  studioOpen: (folder) => invoke("studio_open", { folder }),
  studioScreenFor: (file, mode, language) => invoke("studio_screen_for", { file, mode, language }),
  studioLine: (file, line) => invoke("studio_line", { file, line }),
  studioPublish: (publisher, keyFile, password, out) =>
    invoke("studio_publish", { publisher, keyFile, password, out }),
  openPatientScreen: (session) => invoke("open_patient_screen", { session }),
  pendingLink: () => invoke("pending_link"),
  onLinkWaiting: (f) => window.__TAURI__.event.listen("link-waiting", f),
  installBundle: (path) => invoke("install_bundle", { path }),
  installStatus: () => invoke("install_status"),
  cancelInstall: () => invoke("cancel_install"),
  chooseBundleFile: () => invoke("choose_bundle_file"),
};
