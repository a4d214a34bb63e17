# Diagnostics of reading files: include, prior, encodings, limits (src/load.rs).

## The file named on the command line cannot be read (exit status 2).

load-root-error = cannot read { $path }: { $reason }
load-root-outside = outside the workspace
load-root-not-regular = not a regular file but { $kind }
load-root-too-large = larger than { $limit } MiB
load-root-not-utf8 = not UTF-8 text (invalid byte at line { $line }, column { $column }); save it as UTF-8
load-root-gbk = the file is saved as GBK/GB18030; budgetc reads UTF-8 files only and does not convert them. Save it as UTF-8: in Notepad, "Save as" with the encoding UTF-8; when exporting text from WPS or Excel, choose UTF-8; or run `iconv -f GB18030 -t UTF-8 old-file > new-file`
load-io-not-found = no such file or directory
load-io-permission = permission denied
load-io-is-a-directory = it is a directory, not a file
load-io-not-a-directory = a part of the path is not a directory
load-io-invalid-data = the data read is invalid
load-io-unexpected-eof = the file ended before it was read whole
load-io-timed-out = reading timed out (a network drive or removable device may not be answering)
load-io-interrupted = reading was interrupted; try again
load-io-would-block = it cannot be read just now; try again later
load-io-busy = the file is in use by another program
load-io-storage-full = the disk is full
load-io-quota = the disk quota is exceeded
load-io-file-too-large = the file is too large for the system to read
load-io-out-of-memory = out of memory
load-io-invalid-filename = the file name is invalid (too long, or with a character that is not allowed)
load-io-stale = the network file is stale (it may have been moved or deleted on the network drive); open it again
load-io-other = the system reported a read error: { $os }
load-changed = the file changed while it was opened

## What a file that is not a regular file is.

load-kind-directory = a directory
load-kind-fifo = a FIFO (named pipe)
load-kind-socket = a socket
load-kind-char-device = a character device
load-kind-block-device = a block device
load-kind-special = a special file

## Files named by include and prior. $naming is include (the included file) or prior (last year's budget).

load-not-read = the file was not read
load-b0009-deep = includes are nested more than { $max } deep
load-b0009-deep-label = include number { $number } in a chain
load-b0009-deep-help = include this file from a file nearer the file named on the command line
load-b0005-cycle = `{ $name }` includes itself
load-b0005-cycle-label = include cycle
load-b0005-cycle-help = remove this `include`: the file is already being read
load-b0005-twice = `{ $name }` is included twice
load-b0005-twice-label = already included
load-b0005-twice-help = include each file once: its facts would be counted twice
load-b0003-prior-twice = last year's budget is named twice
load-b0003-prior-twice-label = named again here
load-b0003-prior-first-label = first named here
load-b0003-prior-twice-help = keep one `prior` line
load-b0006-outside = { $naming ->
    [prior] last year's budget
    [budget] the year's budget file
   *[include] the included file
} `{ $name }` is outside the workspace
load-b0006-outside-label = refused: outside the workspace
load-b0006-outside-note = the file was not read; the workspace is the directory of the file named on the command line, or `--root DIR`
load-b0006-outside-help = name a file inside the workspace; if this file belongs to the budget, run with `--root DIR` naming a directory that contains both
load-b0007-not-regular = { $naming ->
    [prior] last year's budget
    [budget] the year's budget file
   *[include] the included file
} `{ $name }` is not a regular file but { $kind }
load-b0007-not-regular-label = not a regular file
load-b0007-not-regular-help = name a `.budget` text file
load-b0008-too-large = { $naming ->
    [prior] last year's budget
    [budget] the year's budget file
   *[include] the included file
} `{ $name }` is larger than { $limit } MiB
load-b0008-too-large-label = file too large
load-b0008-too-large-note = the file was not read; a budget file is a few hundred KiB at most
load-b0008-too-large-help = check that the path names the intended `.budget` file
load-b0005-not-utf8 = { $naming ->
    [prior] last year's budget
    [budget] the year's budget file
   *[include] the included file
} `{ $name }` is not UTF-8 text (invalid byte at line { $line }, column { $column })
load-b0005-not-utf8-label = not UTF-8
load-b0005-not-utf8-help = save the file as UTF-8
load-b0010-gbk = { $naming ->
    [prior] last year's budget
    [budget] the year's budget file
   *[include] the included file
} `{ $name }` is saved as GBK/GB18030, not UTF-8
load-b0010-gbk-label = a GBK/GB18030 file
load-b0010-gbk-note = the file was not read, and is not converted: budgetc reads UTF-8 files only
load-b0010-gbk-help = save the file as UTF-8: in Notepad, "Save as" with the encoding UTF-8; when exporting text from WPS or Excel, choose UTF-8; or run `iconv -f GB18030 -t UTF-8 old-file > new-file`
load-b0005-io = { $naming ->
    [prior] cannot read last year's budget `{ $name }`: { $reason }
    [budget] cannot read the year's budget file `{ $name }`: { $reason }
   *[include] cannot include `{ $name }`: { $reason }
}
load-b0005-io-label = cannot be read
load-b0005-io-help = { $naming ->
    [prior] paths are relative to the file with the `prior` line; or state last year's figures: `prior 支出总计 12430.15`
    [budget] paths are relative to the file with the `budget` line
   *[include] paths are relative to the file with the `include` line: check the file name and its directory
}
