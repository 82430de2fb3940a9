# Read aloud: the window's controls and what can go wrong.
ui-read-aloud = Read aloud
ui-read-step = Read this step aloud
ui-read-slower = Read more slowly
ui-read-stop = Stop reading
ui-read-tools = Read aloud
speech-error-missing = Reading aloud does not work: the program { $program } is not on this computer. Ask whoever manages the computer to install it.
speech-error-failed = Reading aloud did not work. The program { $program } says: { $reason }
speech-error-io = Reading aloud did not work: folder or file { $path } cannot be used: { $reason }
speech-error-unknown-block = This text is no longer on the screen. Choose again what you want read aloud.
