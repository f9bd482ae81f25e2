// Package output writes a site's files: minified, into a new folder, swapped in at once.
//
// A Tree is a folder being written next to the destination (".public.tmp-…/site-…" beside
// "public"; the outer folder is marked as the top of directory hierarchies, chattr +T, so
// that ext4 places the new tree in block groups of its own rather than where a tree was
// just deleted, whose freed inodes it would look past for every new file). Files are added from many goroutines; each is minified by its extension (HTML,
// CSS, JS, SVG, JSON, XML, with tdewolff/minify) unless minification is off. Commit swaps the
// finished folder with the destination in one atomic step (renameat2 RENAME_EXCHANGE on
// Linux; two renames elsewhere) and removes the old tree afterwards, so the destination is
// never half-written and files no longer produced disappear. Abort removes the temporary
// folder and leaves the destination exactly as it was.
//
// When the previous build left a manifest (path → content hash), a file whose bytes did not
// change is hard-linked from the old tree instead of written again, which keeps incremental
// builds cheap while every build still produces a complete new tree. A large file can be
// streamed into a tree (AddStream): written as it is produced, its hash computed on the way,
// never whole in memory.
//
// A Patch updates a destination written by an earlier build in place instead: files are
// collected in memory, and Commit writes only those whose hash differs from the manifest's,
// each to a temporary name in its folder renamed over the old file, then removes files no
// longer produced and records the new manifest. Each file is replaced atomically; the
// destination as a whole is not.
//
// The package knows paths and bytes only; it knows nothing of pages.
package output
