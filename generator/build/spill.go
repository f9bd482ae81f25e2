package build

import (
	"fmt"
	"os"
	"sync/atomic"
)

// spill keeps the rendered bodies of a full build on disk between their conversion and their
// pages, so that ten thousand bodies (over a hundred megabytes at 10,000 briefings) do not
// sit in memory while the model is made and the index pages rendered. Each body is written
// once at an offset reserved atomically (workers write at once, without a lock) and read
// back when its page is rendered; the operating system's page cache, not the build's heap,
// holds them in between. The build cache then adopts the file as its bodies file.
type spill struct {
	f    *os.File
	path string
	size atomic.Int64
}

func newSpill(path string) (*spill, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("build: %w", err)
	}
	return &spill{f: f, path: path}, nil
}

// put writes data (a body and what goes right after it) in one system call and returns its
// offset.
func (sp *spill) put(data []byte) (int64, error) {
	n := int64(len(data))
	off := sp.size.Add(n) - n
	if _, err := sp.f.WriteAt(data, off); err != nil {
		return 0, fmt.Errorf("build: keeping a body on disk: %w", err)
	}
	return off, nil
}

// reader returns a function that reads n bytes at off.
func (sp *spill) reader(off int64, n int) func() ([]byte, error) {
	return func() ([]byte, error) {
		buf := make([]byte, n)
		if _, err := sp.f.ReadAt(buf, off); err != nil {
			return nil, err
		}
		return buf, nil
	}
}

// remove closes the file and deletes it.
func (sp *spill) remove() {
	sp.f.Close()
	if sp.path != "" { // "" once adopted as the build cache's bodies file
		os.Remove(sp.path)
	}
}

// span is where a body is in a spill file.
type span struct {
	off int64
	n   int
}

// spilled reports whether the doc's rendered body is in the spill file, not in memory.
func (d *doc) spilled() bool {
	return d.in != nil && d.in.HTML == nil && d.in.Body != nil && d.spill.off >= 0
}

// bodyLen is the length of the doc's rendered body.
func (d *doc) bodyLen() int {
	if d.spilled() {
		return d.spill.n
	}
	return len(d.in.HTML)
}

// html returns the doc's rendered body, read back from the spill file when it is there.
func (d *doc) html() ([]byte, error) {
	if d.spilled() {
		return d.in.Body()
	}
	return d.in.HTML, nil
}
