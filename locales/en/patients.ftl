# The patients overview, read-only sessions, saving and erasing a patient's data, and the
# banner when the records cannot be used.
ui-patients-button = Patients
ui-patients-heading = Patients
ui-patients-intro = Here you see all patients and their sessions. Everything is kept on this computer only.
ui-patients-empty = There are no patients yet.
ui-patients-no-sessions = No sessions yet.
ui-patients-sessions = Sessions
ui-patients-mode = Where
ui-patients-step = Last step
ui-patients-choice = Choice
ui-patients-continue = Continue
ui-patients-view = View
ui-patients-unavailable = This decision aid is no longer available. The session cannot be opened.
ui-patients-history-heading = How what matters to the patient changed
ui-patients-history-aspect = Question
ui-patients-changed = changed
ui-patients-export = Save data
ui-patients-export-intro = The patient may take all their data along. You get two files: one to read and one for a computer.
ui-patients-export-folder = Folder for the files
ui-patients-export-go = Save in this folder
ui-patients-erase = Erase data
ui-patients-erase-warning = Everything about this patient is erased, also from the backups. This cannot be undone.
ui-patients-erase-cancel = Do not erase
ui-patients-read-only = Read only. Nothing can be changed here.
ui-patients-back = Back to the patients
ui-patients-importance = How important, per question
ui-records-restore = Restore a backup
patients-when = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $day }, { $year }, { $time }
patients-birth-year = Born in { $year }
patients-history-changes = { $count ->
    [0] Nothing changed.
    [one] 1 thing changed.
   *[other] { $count } things changed.
}
patients-erase-question = Do you want to erase all data of { $label }?
patients-erase-confirm = Yes, erase everything of { $label }
patients-erased = All data of { $label } has been erased.
patients-export-done = The data has been saved: { $files }
patients-error-no-folder = Fill in a folder. The files go there.
patients-error-not-a-folder = The folder { $path } does not exist. Choose a folder that is there already.
patients-error-write = The file { $path } cannot be made: { $reason }
patients-error-not-confirmed = The erasure was not confirmed. Nothing was erased.
patients-records-banner = Note: answers cannot be saved now. { $reason }
patients-restore-none = There is no good backup. Nothing was changed.
patients-restored = The backup of { $time } has been restored.
