// Package rawfile reads and writes whole files with the fewest system calls the platform
// allows.
//
// On this kind of machine a system call costs microseconds, and a build reads every briefing
// and writes every page: tens of thousands of files. The os package makes each file it opens
// ready for its poller (on Linux, four fcntl calls and a failed epoll_ctl for a regular
// file), and os.ReadFile then reads until a read returns nothing. For a whole-file read or
// write none of that is needed: on Unix ReadFile is open, a stat for the size, one read of
// that size, close; WriteFile is open, write, close. Elsewhere both are the os package's
// functions.
//
// DirFS is os.DirFS whose ReadFile goes through ReadFile; everything else is os.DirFS's.
package rawfile

import (
	"io/fs"
	"os"
	"path/filepath"
)

// DirFS returns the file system of the folder dir, as os.DirFS, with a ReadFile that uses
// this package's ReadFile.
func DirFS(dir string) fs.FS { return dirFS{FS: os.DirFS(dir), dir: dir} }

type dirFS struct {
	fs.FS
	dir string
}

// ReadFile reads the file name (a slash path inside the folder, as fs.ValidPath requires).
func (d dirFS) ReadFile(name string) ([]byte, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "readfile", Path: name, Err: fs.ErrInvalid}
	}
	data, err := ReadFile(filepath.Join(d.dir, filepath.FromSlash(name)))
	if err != nil {
		if pe, ok := err.(*fs.PathError); ok {
			pe.Path = name // as os.DirFS reports it: relative to the folder
		}
		return nil, err
	}
	return data, nil
}

// Stat, Sub, ReadDir and Open are os.DirFS's; Stat and ReadDir are forwarded explicitly so
// that fs.Stat and fs.ReadDir keep their fast paths.
func (d dirFS) Stat(name string) (fs.FileInfo, error) { return fs.Stat(d.FS, name) }

func (d dirFS) ReadDir(name string) ([]fs.DirEntry, error) { return fs.ReadDir(d.FS, name) }
