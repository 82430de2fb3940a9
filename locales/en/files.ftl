# Reading files from a path a person chose (src/files.rs).
file-error-too-large = The file { $file } is too large: { $size } bytes, and a file of this kind may be at most { $limit } bytes. Nothing was read from it.
file-error-unreadable = The file { $file } cannot be read ({ $reason }).
