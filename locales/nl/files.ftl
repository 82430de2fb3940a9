# Reading files from a path a person chose (src/files.rs).
file-error-too-large = Het bestand { $file } is te groot: { $size } bytes, en een bestand van deze soort mag hoogstens { $limit } bytes zijn. Er is niets uit gelezen.
file-error-unreadable = Het bestand { $file } kan niet worden gelezen ({ $reason }).
