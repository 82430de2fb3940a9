# Records: messages and the export for the patient.
records-error-database = The records cannot be read or saved: { $reason }
records-error-io = Folder or file { $path } cannot be used: { $reason }
records-error-newer-schema = These records were made by a newer version of the program (version { $found }). This program knows version { $supported }. Install the newest version. Nothing was changed.
records-error-in-use = The records are already open in another window of the program. Close that first.
records-error-read-only = The records cannot be saved: the folder or disk is read-only. What was saved before is still there.
records-error-disk-full = The disk is full. The last answer was not saved. Everything before it is still saved. Free some space and try again.
records-error-corrupt = The records file is damaged. It was not changed. Restore a backup.
records-error-empty-label = Enter a name or code for the patient.
records-error-label-too-long = The name or code is too long: { $chars } characters. Use at most { $max }.
records-error-label-bsn = This looks like a citizen service number (BSN). Do not use it. Choose a code of your own.
records-error-duplicate-label = There is already a patient with the name or code "{ $label }". Choose another.
records-error-birth-year = Birth year { $year } is not possible. Choose a year from { $min } to { $max }.
records-error-unknown-patient = This patient does not exist (any more): number { $id }.
records-error-unknown-session = This session does not exist (any more): number { $id }.
records-error-bad-event = A saved answer (number { $id }) cannot be read.
records-error-not-a-backup = The file { $path } is not a backup of this program, or it is damaged. Nothing was changed.
records-export-title = Record of { $label }
records-export-birth-year = Birth year: { $year }
records-export-no-birth-year = Birth year: not given
records-export-created = Added on { $time } (UTC)
records-export-sessions = { $count ->
    [0] No sessions yet.
    [one] 1 session.
   *[other] { $count } sessions.
}
records-export-session = Session { $number }: option grid { $grid }, started on { $time } (UTC)
records-export-content = Content: version { $version }, checksum { $sha256 }
records-export-mode = Where: { $mode ->
    [home] at home
   *[consultation] in the consulting room
}
records-export-no-events = Nothing recorded yet.
records-export-event = { $time }: { $what }
records-event-mode = Chose where: { $mode ->
    [home] at home
   *[consultation] in the consulting room
}
records-event-step = Step opened: { $step ->
    [options] What are my options?
    [pros-cons] What are the pros and cons?
    [values] What does that mean for me?
    [decision] The choice
    [sure] How sure are you?
    [summary] Summary
   *[choice] There is a choice
}
records-event-row-marked = Question { $question } matters
records-event-row-unmarked = Question { $question } is no longer marked
records-event-importance = How important { $aspect } is: { $importance } out of 4
records-event-note = What matters in my life: { $text }
records-event-choice-option = Choice: { $option }
records-event-choice-think = Choice: I want to think about it
records-event-choice-together = Choice: I want the doctor to decide with me
records-event-sure = { $item ->
    [understand] I know the benefits and risks of each option
    [values] I am clear about which benefits and risks matter most to me
    [support] I have enough support and advice to make a choice
   *[sure] I feel sure about the best choice for me
}: { $answer ->
    [yes] yes
   *[no] no
}
records-event-consent-yes = Consent: the anonymous answers of this session may go to the guideline group
records-event-consent-no = No consent (any more): the answers of this session do not go to the guideline group
